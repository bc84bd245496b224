import type { UserRole } from '../schema/users';

/**
 * What a caller must be allowed to do for a channel to answer. Every channel
 * declares one; the core checks it before the argument is parsed
 * (electron/core/ipc/authorize.ts), for the Electron window and the browser
 * preview alike. A channel may add a finer check on top (your own password,
 * ID numbers masked for viewers).
 *
 * - `public`: answers before anybody signs in (the sign-in screen, language).
 * - `setup`: answers only while the folder has no account yet (first run).
 * - `signedIn`: anybody signed in, whatever the role.
 * - the rest are granted by role, in `ROLE_PERMISSIONS` below.
 */
export const PERMISSIONS = [
  'public',
  'setup',
  'signedIn',
  'elders.read',
  'elders.write',
  'elders.export',
  'assessments.write',
  'staff.read',
  'staff.manage',
  'care.record',
  'incidents.close',
  'stays.manage',
  'rosters.read',
  'rosters.manage',
  'returns.manage',
  'audit.read',
  'settings.manage',
  'backups.manage',
  'users.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Permissions a role can hold (the three above are decided by sign-in state, not by role). */
export type RolePermission = Exclude<Permission, 'public' | 'setup' | 'signedIn'>;

const READ: readonly RolePermission[] = ['elders.read', 'staff.read', 'rosters.read'];

/** Daily records: rounds, attendance, visits, handovers, incidents (open, not close), leave, 病危. */
const DAILY: readonly RolePermission[] = [...READ, 'care.record'];

const MANAGE: readonly RolePermission[] = [
  ...DAILY,
  'elders.write',
  'elders.export',
  'assessments.write',
  'staff.manage',
  'incidents.close',
  'stays.manage',
  'rosters.manage',
  'returns.manage',
  'audit.read',
];

/**
 * The one permission table. `viewer` is an inspector: reads only, with ID
 * numbers and phones masked by the channels that answer them.
 */
export const ROLE_PERMISSIONS: Readonly<Record<UserRole, readonly RolePermission[]>> = {
  admin: [...MANAGE, 'settings.manage', 'backups.manage', 'users.manage'],
  manager: MANAGE,
  staff: DAILY,
  viewer: READ,
};

/** Whether `role` holds `permission` (only role permissions; see `decideAccess` in the core for the rest). */
export function roleMay(role: UserRole, permission: RolePermission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
