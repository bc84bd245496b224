import { createHash } from 'node:crypto';
import type { Staff } from '../../../shared/schema/staff';
import type { User, UserRole } from '../../../shared/schema/users';

/**
 * One demo account per role, with passwords printed by `care seed-demo`. The
 * same in every demo folder so a demonstration can be prepared from notes;
 * none of them is on the refused list. A real center never gets these: demo
 * data goes only into an empty folder.
 */
export const DEMO_ACCOUNTS: readonly { username: string; role: UserRole; password: string }[] = [
  { username: 'demo-admin', role: 'admin', password: 'Qingshan-Admin-2718' },
  { username: 'demo-manager', role: 'manager', password: 'Qingshan-Manager-3141' },
  { username: 'demo-carer', role: 'staff', password: 'Qingshan-Carer-1618' },
  { username: 'demo-viewer', role: 'viewer', password: 'Qingshan-Viewer-1414' },
];

/** The same seed gives the same ids, like every other demo record. */
export function demoUserId(seed: number, role: UserRole): string {
  return createHash('sha256').update(`demo-user:${seed}:${role}`).digest('hex').slice(0, 26);
}

export interface DemoUsers {
  users: User[];
  /** Staff records with their `userId` link set. */
  linkedStaff: Staff[];
}

/**
 * admin → the director, manager → the first nurse (the head nurse runs the
 * floor), staff → the first carer, viewer (an inspector) → nobody.
 */
export function demoUsers(staff: readonly Staff[], seed: number, at: string): DemoUsers {
  const director = staff.find((s) => s.post === 'management');
  const nurse = staff.find((s) => s.post === 'nurse');
  const carer = staff.find((s) => s.post === 'carer');
  const linkFor: Record<UserRole, Staff | undefined> = {
    admin: director,
    manager: nurse,
    staff: carer,
    viewer: undefined,
  };
  const viewerName = '民政检查员';
  const users: User[] = [];
  const linkedStaff: Staff[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const id = demoUserId(seed, account.role);
    const person = linkFor[account.role];
    users.push({
      id,
      createdAt: at,
      updatedAt: at,
      username: account.username,
      displayName: person?.name ?? viewerName,
      role: account.role,
      active: true,
      lastSignInAt: null,
    });
    if (person) linkedStaff.push({ ...person, userId: id, updatedAt: at });
  }
  return { users, linkedStaff };
}
