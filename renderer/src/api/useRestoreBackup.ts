import { useMutation, useQueryClient } from '@tanstack/react-query';
import { care } from './bridge';
import { unwrap } from './unwrap';
import { queryKeys } from './queryKeys';

/** Restore a backup; the answer is the new app state and every other cached answer is stale. */
export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: string) => unwrap(care.backups.restore({ file })),
    onSuccess: async (state) => {
      client.setQueryData(queryKeys.appState, state);
      await client.invalidateQueries();
    },
  });
}
