import { useQuery } from '@tanstack/react-query';
import { care } from './bridge';
import { unwrap } from './unwrap';
import { queryKeys } from './queryKeys';

/** Backups in the data folder, newest first. */
export function useBackups() {
  return useQuery({
    queryKey: queryKeys.backups,
    queryFn: async () => {
      const list = await unwrap(care.backups.list());
      return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  });
}
