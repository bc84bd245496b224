import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

/**
 * The data layer talks to a local process, not a network: no retry storms, no
 * refetch on focus. Every failure goes to `onError` so the user always hears
 * about it, in their language.
 */
export function createQueryClient(onError: (error: unknown) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity },
      mutations: { retry: false },
    },
  });
}
