import { useQueryClient } from '@tanstack/react-query';
import type { SignedInUser } from '../../../../shared/ipc/auth';
import { roleMay } from '../../../../shared/ipc/permissions';
import type { RolePermission } from '../../../../shared/ipc/permissions';
import { authKeys, useAuthState } from './queries';

/** The signed-in account, or null (signed out, locked, or not known yet). */
export function useSignedInUser(): SignedInUser | null {
  return useAuthState().data?.user ?? null;
}

/** Who works on a folder without accounts (only a read-only one gets past setup so). */
const OWNER: SignedInUser = { id: 'owner', username: 'owner', displayName: '', role: 'admin', staffId: null };

/**
 * The account whose role decides what the screens show: the signed-in one, or
 * while the screen is locked the one who locked it, so the page underneath
 * stays as it was (the core answers nothing meanwhile anyway).
 */
function useRoleHolder(): SignedInUser | null {
  const state = useAuthState().data;
  const client = useQueryClient();
  if (!state) return null;
  if (state.user) return state.user;
  // A read-only folder whose accounts cannot be read: the PC's owner works as before accounts existed.
  if (!state.hasAccounts) return OWNER;
  const locked = client.getQueryData<SignedInUser>(authKeys.locked);
  return state.lockedUser && locked?.username === state.lockedUser.username ? locked : null;
}

/**
 * Whether the signed-in account's role may do this, from the one permission
 * table (shared/ipc/permissions.ts). Only hides what cannot be done: the core
 * checks every call again and stays the authority.
 */
export function useMay(permission: RolePermission): boolean {
  const user = useRoleHolder();
  return user !== null && roleMay(user.role, permission);
}

/** The same check for several permissions at once (a sidebar, a list of routes). */
export function useMayCheck(): (permission: RolePermission | undefined) => boolean {
  const user = useRoleHolder();
  return (permission) => permission === undefined || (user !== null && roleMay(user.role, permission));
}
