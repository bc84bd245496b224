import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

/**
 * Mutation `meta` for a screen that shows its own failures (beside the fields,
 * or in place): the notification would only repeat them, over the very field.
 */
export const SHOWS_OWN_ERRORS = { showsOwnErrors: true } as const;

/**
 * The 24-hour board's queries (features/care-board keys). The board sums up
 * everything else, so any change recorded anywhere makes it stale; naming the
 * root here keeps every feature's mutations free of that knowledge.
 */
export const BOARD_ROOT = 'board';

/**
 * The data layer talks to a local process, not a network: no retry storms, no
 * refetch on focus. Every failure goes to `onError` so the user always hears
 * about it, in their language. Every successful change marks the 24-hour board
 * stale (re-read at once when it is on screen), without waiting for it.
 */
export function createQueryClient(onError: (error: unknown) => void): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.showsOwnErrors !== true) onError(error);
      },
      onSuccess: () => {
        void client.invalidateQueries({ queryKey: [BOARD_ROOT] });
      },
    }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
      mutations: { retry: false },
    },
  });
  return client;
}
