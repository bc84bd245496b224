/**
 * Every channel of the contract × every role, generated from the contract and
 * ROLE_PERMISSIONS (nothing listed by hand): allowed calls get past the
 * permission check, the others answer auth.forbidden (or auth.required when
 * nobody is signed in) and leave the data folder's bytes as they were.
 */
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { USER_ROLES, type UserRole } from '../../shared/schema/users';
import { decideAccess } from '../../electron/core/ipc/authorize';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { hashTree, validCenterInput, validSettingsInput } from '../ipc/helpers';
import { PEOPLE_VALID } from '../ipc/people-valid';
import { AUDIT_VALID, AUTH_VALID, USERS_VALID } from './valid-args';
import { createAdmin, openAuthApp, type AuthApp } from './auth-harness';

const VALID: Record<Channel, unknown> = {
  'app.getState': undefined,
  'app.setLanguage': { language: 'zh-CN' },
  'center.get': undefined,
  'center.save': validCenterInput(),
  'settings.get': undefined,
  'settings.save': validSettingsInput(),
  'backups.list': undefined,
  'backups.create': undefined,
  'backups.restore': { file: '20260101-000000-manual.care-backup.json.gz' },
  ...PEOPLE_VALID,
  ...AUTH_VALID,
  ...USERS_VALID,
  ...AUDIT_VALID,
};

const PASSWORD = 'Matrix-Window-55';
type Who = UserRole | 'signedOut';
const WHO: readonly Who[] = [...USER_ROLES, 'signedOut'];

let app: AuthApp;
const ids = new Map<UserRole, string>();

beforeAll(async () => {
  app = await openAuthApp();
  await createAdmin(app);
  await app.ok('center.save', validCenterInput());
  for (const role of USER_ROLES) {
    const user = await app.ok('users.create', {
      username: `matrix-${role}`,
      displayName: role,
      role,
      staffId: null,
      password: PASSWORD,
      passwordAgain: PASSWORD,
    });
    ids.set(role, user.id);
  }
});
afterAll(async () => {
  await app.close();
  await fs.rm(app.dir, { recursive: true, force: true });
});

function become(who: Who): void {
  const id = who === 'signedOut' ? undefined : ids.get(who);
  if (id === undefined) app.session.auth.signOut();
  else app.session.auth.signedIn(id);
}

const REFUSALS = new Set(['auth.required', 'auth.forbidden']);

describe.each(WHO)('as %s', (who) => {
  const cases = CHANNELS.map((channel) => {
    const user = who === 'signedOut' ? null : { role: who };
    return [channel, decideAccess(contract[channel].permission, { user, hasAccounts: true })] as const;
  });

  it.each(cases)('%s → %s', async (channel, expected) => {
    become(who);
    const before = await hashTree(app.dir);
    const result = await dispatch(app.session.handlers, channel, VALID[channel], app.session.dispatchContext);
    if (expected === 'allowed') {
      if (!result.ok) expect(REFUSALS.has(result.error.code), result.error.code).toBe(false);
    } else {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe(expected);
      expect(await hashTree(app.dir)).toEqual(before);
    }
  });
});

it('covers every channel and role, with refusals for each role but admin', () => {
  const refusedFor = (role: UserRole) =>
    CHANNELS.filter(
      (c) => decideAccess(contract[c].permission, { user: { role }, hasAccounts: true }) !== 'allowed',
    );
  // Equal until daily-record channels (care.record) exist: staff may write them, viewers not.
  expect(refusedFor('viewer').length).toBeGreaterThanOrEqual(refusedFor('staff').length);
  expect(refusedFor('staff').length).toBeGreaterThan(refusedFor('manager').length);
  expect(refusedFor('manager').length).toBeGreaterThan(refusedFor('admin').length);
  expect(refusedFor('admin')).toEqual(['auth.createFirstAdmin']);
});
