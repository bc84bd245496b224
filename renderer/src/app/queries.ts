import { useMutation, useQueryClient, useQuery } from '@tanstack/react-query';
import type { Language } from '../../../shared/i18n';
import { care } from '../api/bridge';
import { unwrap } from '../api/unwrap';

/** react-query keys of the app itself; features whose saves change the app state refresh it by this key. */
export const appKeys = {
  state: ['app', 'state'] as const,
};

/** Language, data folder, read-only status and whether first-run setup is needed. */
export function useAppState() {
  return useQuery({ queryKey: appKeys.state, queryFn: () => unwrap(care.app.getState()) });
}

/** True while the data folder is read-only: every write control is disabled. */
export function useReadOnly(): boolean {
  return useAppState().data?.readOnly != null;
}

/** Remember the chosen language (null = follow the system); the answer is the new app state. */
export function useSetLanguage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (language: Language | null) => unwrap(care.app.setLanguage({ language })),
    onSuccess: (state) => client.setQueryData(appKeys.state, state),
  });
}
