import type { Migration } from './index';

type Doc = Record<string, unknown>;
type Row = Record<string, unknown>;

/** Version 1's staff roles, now posts from the center's list (shared/schema/staff.ts STAFF_POSTS). */
const POST_OF_ROLE: Record<string, string> = {
  director: 'management',
  nurse: 'nurse',
  carer: 'carer',
  socialWorker: 'socialWorker',
  doctor: 'doctor',
  cook: 'cook',
  driver: 'driver',
  other: 'other',
};

/** Version 1's `carer` role is the `staff` role of the permission table. */
const ROLE_OF_V1_ROLE: Record<string, string> = { admin: 'admin', manager: 'manager', carer: 'staff' };

function rows(doc: Doc, collection: string): Row[] {
  const value = doc[collection];
  return Array.isArray(value) ? (value as Row[]) : [];
}

function minutes(time: unknown): number {
  const [h, m] = String(time).split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function staffV2(row: Row): Row {
  const { role, ...rest } = row;
  const post = POST_OF_ROLE[String(role)] ?? 'other';
  return { ...rest, post, workingTime: 'standard', certificates: [] };
}

/** Version 1 templates had no break, paid hours or colour: no break, the whole span paid (in quarter hours). */
function shiftTemplateV2(row: Row): Row {
  let span = minutes(row.end) - minutes(row.start);
  if (span <= 0) span += 24 * 60;
  const paidHours = Math.floor(span / 15) / 4;
  return { ...row, breakMinutes: 0, paidHours, colour: row.night === true ? '#d6e4ff' : '#fff1b8' };
}

/**
 * Version 1 had no way to create an account (no channel, command or demo), so
 * `users` is empty in every real folder. Should one exist, it keeps its name
 * and role but not its hash: secrets now live in the credentials file, outside
 * the audited core.json, and the password is set again with
 * `care users reset-password`.
 */
function userV2(row: Row): Row {
  const { password: _password, lastLoginAt, role, ...rest } = row;
  return { ...rest, role: ROLE_OF_V1_ROLE[String(role)] ?? 'viewer', lastSignInAt: lastLoginAt ?? null };
}

/**
 * Staff gain posts, certificates and a working-time system; shift templates a
 * break, paid hours and a colour; day codes (休, 假 …) get their own
 * collection; accounts take the four roles and lose their hash; settings gain
 * the center's own posts and the idle lock.
 */
export const v2StaffPostsAndAccounts: Migration = {
  version: 2,
  name: 'staff-posts-and-accounts',
  core: (doc) => {
    const settings = (doc.settings ?? {}) as Row;
    return {
      ...doc,
      staff: rows(doc, 'staff').map(staffV2),
      shiftTemplates: rows(doc, 'shiftTemplates').map(shiftTemplateV2),
      dayCodes: [],
      users: rows(doc, 'users').map(userV2),
      settings: { ...settings, customPosts: [], idleLockMinutes: 10 },
    };
  },
  shard: (doc) => doc,
};
