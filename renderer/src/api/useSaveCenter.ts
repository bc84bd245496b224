import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/ipc/api';
import { care } from './bridge';
import { unwrap } from './unwrap';
import { queryKeys } from './queryKeys';

/** Save the center profile; afterwards the app state (needsSetup) and the profile are re-read. */
export function useSaveCenter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'center.save'>) => unwrap(care.center.save(input)),
    onSuccess: async (center) => {
      client.setQueryData(queryKeys.center, center);
      await client.invalidateQueries({ queryKey: queryKeys.appState });
    },
  });
}
