import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';
import { appKeys } from '../../app';

/** react-query keys of the center profile. */
export const centerKeys = {
  profile: ['center'] as const,
};

/** How the profile is read; the app's gate starts it beside the app state. */
export const centerQuery = queryOptions({
  queryKey: centerKeys.profile,
  queryFn: () => unwrap(care.center.get()),
});

/** The saved center profile, or null before first-run setup. */
export function useCenter() {
  return useQuery(centerQuery);
}

/** Save the center profile; afterwards the app state (needsSetup) and the profile are re-read. */
export function useSaveCenter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'center.save'>) => unwrap(care.center.save(input)),
    onSuccess: async (center) => {
      client.setQueryData(centerKeys.profile, center);
      await client.invalidateQueries({ queryKey: appKeys.state });
    },
  });
}
