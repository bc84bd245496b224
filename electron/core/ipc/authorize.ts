import type { Permission } from '../../../shared/ipc/permissions';

/**
 * Whether the caller may use a channel that needs `permission`. The one place
 * where access is decided, before the argument is even parsed. Today every
 * channel is public (one local operator); the switch is exhaustive, so adding
 * a permission to shared/ipc/permissions.ts does not compile until it is decided here.
 */
export function isAllowed(permission: Permission): boolean {
  switch (permission) {
    case 'public':
      return true;
  }
}
