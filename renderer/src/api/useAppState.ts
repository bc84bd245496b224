import { useQuery } from '@tanstack/react-query';
import { care } from './bridge';
import { unwrap } from './unwrap';
import { queryKeys } from './queryKeys';

/** Language, data folder, read-only status and whether first-run setup is needed. */
export function useAppState() {
  return useQuery({ queryKey: queryKeys.appState, queryFn: () => unwrap(care.app.getState()) });
}
