import { useMutation, useQueryClient } from '@tanstack/react-query';
import { care } from './bridge';
import { unwrap } from './unwrap';
import { queryKeys } from './queryKeys';

/** Make a backup now, then refresh the list. */
export function useCreateBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(care.backups.create()),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.backups }),
  });
}
