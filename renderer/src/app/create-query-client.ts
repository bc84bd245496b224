import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

/**
 * Mutation `meta` for a screen that shows its own failures (beside the fields,
 * or in place): the notification would only repeat them, over the very field.
 */
export const SHOWS_OWN_ERRORS = { showsOwnErrors: true } as const;

/**
 * The data layer talks to a local process, not a network: no retry storms, no
 * refetch on focus. Every failure goes to `onError` so the user always hears
 * about it, in their language.
 */
export function createQueryClient(onError: (error: unknown) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.showsOwnErrors !== true) onError(error);
      },
    }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
      mutations: { retry: false },
    },
  });
}
