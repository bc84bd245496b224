import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { appKeys } from '../../app';
import { peopleKeys } from '../people';

/** react-query keys of the settings. */
export const settingsKeys = {
  all: ['settings'] as const,
};

/** The stored application settings. */
export function useSettings() {
  return useQuery({ queryKey: settingsKeys.all, queryFn: () => unwrap(care.settings.get()) });
}

/** Save the whole settings object; the due list and the app state depend on it, so they are re-read. */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'settings.save'>) => unwrap(care.settings.save(input)),
    onSuccess: async (settings) => {
      client.setQueryData(settingsKeys.all, settings);
      await client.invalidateQueries({ queryKey: appKeys.state });
      await client.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}
