import type { Permission } from '../../../shared/ipc/permissions';
import { roleMay } from '../../../shared/ipc/permissions';
import type { UserRole } from '../../../shared/schema/users';

/** Who is calling, as the core sees it at the moment of the call. */
export interface Caller {
  /** The signed-in account, or null before anybody signs in (or after the screen locks). */
  readonly user: { readonly role: UserRole } | null;
  /** False on a fresh folder: only `public` and `setup` channels answer until the first admin exists. */
  readonly hasAccounts: boolean;
}

export type AccessDecision = 'allowed' | 'auth.required' | 'auth.forbidden';

/**
 * Whether `caller` may use a channel that needs `permission`. The one place
 * where access is decided, before the argument is even parsed; the switch is
 * exhaustive on the kinds of permission, the roles are in shared/ipc/permissions.ts.
 */
export function decideAccess(permission: Permission, caller: Caller): AccessDecision {
  switch (permission) {
    case 'public':
      return 'allowed';
    case 'setup':
      return caller.hasAccounts ? 'auth.forbidden' : 'allowed';
    case 'signedIn':
      return caller.user ? 'allowed' : 'auth.required';
    default:
      if (!caller.user) return 'auth.required';
      return roleMay(caller.user.role, permission) ? 'allowed' : 'auth.forbidden';
  }
}
