import { useQuery } from '@tanstack/react-query';
import { care } from './bridge';
import { unwrap } from './unwrap';
import { queryKeys } from './queryKeys';

/** The saved center profile, or null before first-run setup. */
export function useCenter() {
  return useQuery({ queryKey: queryKeys.center, queryFn: () => unwrap(care.center.get()) });
}
