import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Language } from '../../../shared/i18n';
import { care } from './bridge';
import { unwrap } from './unwrap';
import { queryKeys } from './queryKeys';

/** Remember the chosen language (null = follow the system); the answer is the new app state. */
export function useSetLanguage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (language: Language | null) => unwrap(care.app.setLanguage({ language })),
    onSuccess: (state) => client.setQueryData(queryKeys.appState, state),
  });
}
