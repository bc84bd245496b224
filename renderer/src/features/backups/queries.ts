import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { appKeys } from '../../app';

/** react-query keys of the backups. */
export const backupKeys = {
  list: ['backups'] as const,
};

/** Backups in the data folder, newest first. */
export function useBackups() {
  return useQuery({
    queryKey: backupKeys.list,
    queryFn: async () => {
      const list = await unwrap(care.backups.list());
      return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  });
}

/** Make a backup now, then refresh the list. */
export function useCreateBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(care.backups.create()),
    onSuccess: () => client.invalidateQueries({ queryKey: backupKeys.list }),
  });
}

/** Restore a backup; the answer is the new app state and every other cached answer is stale. */
export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: string) => unwrap(care.backups.restore({ file })),
    onSuccess: async (state) => {
      client.setQueryData(appKeys.state, state);
      await client.invalidateQueries();
    },
  });
}
