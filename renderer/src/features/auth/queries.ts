import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/ipc/api';
import type { AuthState } from '../../../../shared/ipc/auth';
import { care } from '../../api/bridge';
import { unwrap } from '../../api/unwrap';

/** react-query keys of the sign-in state. */
export const authKeys = {
  state: ['auth', 'state'] as const,
  /** The account that locked the screen, kept so the page underneath keeps what its role shows. */
  locked: ['auth', 'locked'] as const,
};

export const authQuery = queryOptions({
  queryKey: authKeys.state,
  queryFn: () => unwrap(care.auth.state()),
});

/** Who is signed in, whether the screen is locked, the recent users and the idle time. */
export function useAuthState() {
  return useQuery(authQuery);
}

/** Queries that belong to nobody in particular and survive a change of user. */
const SHARED_ROOTS: readonly unknown[] = ['auth', 'app', 'center'];

/**
 * Takes the core's answer as the new sign-in state. When the account changes,
 * everything the previous account read is dropped from the cache, so the next
 * one never sees a page filled with data its role may not read.
 */
export function applyAuthState(client: QueryClient, next: AuthState): void {
  const before = client.getQueryData<AuthState>(authKeys.state);
  const previous = before?.user?.username ?? before?.lockedUser?.username ?? null;
  const current = next.user?.username ?? next.lockedUser?.username ?? null;
  if (!next.user && next.lockedUser && before?.user?.username === next.lockedUser.username) {
    client.setQueryData(authKeys.locked, before.user);
  }
  if (previous !== current) {
    client.removeQueries({ predicate: (query) => !SHARED_ROOTS.includes(query.queryKey[0]) });
  }
  client.setQueryData(authKeys.state, next);
}

function useAuthMutation<I>(call: (input: I) => Promise<AuthState>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (state) => applyAuthState(client, state),
  });
}

export function useSignIn() {
  return useAuthMutation((input: InputOf<'auth.signIn'>) => unwrap(care.auth.signIn(input)));
}

export function useSignOut() {
  return useAuthMutation(() => unwrap(care.auth.signOut()));
}

/** The idle timer's lock: the page stays, the password is asked again. */
export function useLock() {
  return useAuthMutation(() => unwrap(care.auth.lock()));
}

export function useCreateFirstAdmin() {
  return useAuthMutation((input: InputOf<'auth.createFirstAdmin'>) =>
    unwrap(care.auth.createFirstAdmin(input)),
  );
}

export function useChangePassword() {
  return useAuthMutation((input: InputOf<'auth.changePassword'>) => unwrap(care.auth.changePassword(input)));
}

/**
 * Reads the sign-in state again after a call was refused with `auth.required`
 * (the core locked on its own after the idle time, or signed out elsewhere):
 * the gate then shows the lock or the sign-in screen.
 */
export async function refreshAuthState(client: QueryClient): Promise<void> {
  const result = await care.auth.state();
  if (result.ok) applyAuthState(client, result.value);
}
