import { useQuery } from '@tanstack/react-query';
import { care } from './bridge';
import { unwrap } from './unwrap';
import { queryKeys } from './queryKeys';

/** The stored application settings. */
export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => unwrap(care.settings.get()) });
}
