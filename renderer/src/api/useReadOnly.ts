import { useAppState } from './useAppState';

/** True while the data folder is read-only: every write control is disabled. */
export function useReadOnly(): boolean {
  return useAppState().data?.readOnly != null;
}
