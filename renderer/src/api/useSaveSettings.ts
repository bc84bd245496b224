import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/ipc/api';
import { care } from './bridge';
import { unwrap } from './unwrap';
import { queryKeys } from './queryKeys';

/** Save the whole settings object; the due list and the app state depend on it, so they are re-read. */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'settings.save'>) => unwrap(care.settings.save(input)),
    onSuccess: async (settings) => {
      client.setQueryData(queryKeys.settings, settings);
      await client.invalidateQueries({ queryKey: queryKeys.appState });
      await client.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
