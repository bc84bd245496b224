import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { appKeys } from '../../app';
import type { AppState } from '../../../../shared/ipc/app';

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

/** After a restore the answer is the new app state, and every other cached answer is stale. */
export function useRestoredState(): (state: AppState) => Promise<void> {
  const client = useQueryClient();
  return async (state) => {
    client.setQueryData(appKeys.state, state);
    await client.invalidateQueries();
  };
}

/** Restore a backup from the list. */
export function useRestoreBackup() {
  const restored = useRestoredState();
  return useMutation({
    mutationFn: (file: string) => unwrap(care.backups.restore({ file })),
    onSuccess: restored,
  });
}

/**
 * The calls behind "copy to…" and "restore from a file…". Plain calls rather than mutations:
 * their refusals are shown beside the buttons, not as a notification as well.
 */
export const backupFileCalls = {
  copyTo: (file: string) => unwrap(care.backups.copyTo({ file })),
  inspectFile: () => unwrap(care.backups.inspectFile()),
  restoreStaged: (stagedId: string) => unwrap(care.backups.restoreStaged({ stagedId })),
  discardStaged: (stagedId: string) => unwrap(care.backups.discardStaged({ stagedId })),
};
