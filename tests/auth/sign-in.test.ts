import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashTree } from '../ipc/helpers';
import { TEST_ADMIN } from './helpers';
import { createAdmin, openAuthApp, type AuthApp } from './auth-harness';

const apps: AuthApp[] = [];
async function open(dir?: string): Promise<AuthApp> {
  const app = await openAuthApp(dir ? { dir } : {});
  apps.push(app);
  return app;
}
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close().catch(() => undefined);
});

const signIn = (password: string, username = TEST_ADMIN.username) => ({ username, password });

describe('first administrator', () => {
  it('is the only thing a fresh folder allows, then signs in and closes the setup channel', async () => {
    const app = await open();
    expect(await app.ok('auth.state')).toMatchObject({ hasAccounts: false, user: null, lockedUser: null });
    expect(await app.refused('people.list', { limit: 10 })).toBe('auth.required');
    const state = await createAdmin(app);
    expect(state.user).toMatchObject({
      username: 'admin',
      displayName: TEST_ADMIN.displayName,
      role: 'admin',
    });
    expect(state.hasAccounts).toBe(true);
    expect((await app.call('people.list', { limit: 10 })).ok).toBe(true);
    expect(await app.refused('auth.createFirstAdmin', {})).toBe('auth.forbidden');
  });

  it('refuses a common password beside its field and writes nothing', async () => {
    const app = await open();
    const before = await hashTree(app.dir);
    const result = await app.call('auth.createFirstAdmin', {
      username: 'admin',
      displayName: '院长',
      password: 'iloveyou',
      passwordAgain: 'iloveyou',
    });
    expect(!result.ok && result.error.fields?.map((f) => [f.path, f.code])).toEqual([
      ['password', 'validation.user.passwordTooCommon'],
    ]);
    expect(await hashTree(app.dir)).toEqual(before);
  });
});

describe('sign-in', () => {
  it('answers the same for an unknown name and a wrong password, and audits failures without the password', async () => {
    const app = await open();
    await createAdmin(app);
    await app.ok('auth.signOut');
    const unknown = await app.call('auth.signIn', signIn('Secret-Guess-1', 'nobody'));
    const wrong = await app.call('auth.signIn', signIn('Secret-Guess-2'));
    expect(!unknown.ok && unknown.error).toEqual(!wrong.ok && wrong.error);
    expect(!wrong.ok && wrong.error.code).toBe('auth.badCredentials');
    const failed = (await app.auditLines()).filter((l) => l.action === 'auth.signInFailed');
    expect(failed.map((l) => l.summary)).toEqual(['nobody', 'admin']);
    for (const text of [JSON.stringify(await app.auditLines()), app.logLines()]) {
      expect(text).not.toContain('Secret-Guess');
      expect(text).not.toContain(TEST_ADMIN.password);
    }
  });

  it('signs in, records the time on the user and names the user in the audit', async () => {
    const app = await open();
    await createAdmin(app);
    await app.ok('auth.signOut');
    app.clock.advance(60_000);
    const state = await app.ok('auth.signIn', signIn(TEST_ADMIN.password, 'ADMIN'));
    expect(state.user?.username).toBe('admin');
    expect(state.recentUsers).toEqual([{ username: 'admin', displayName: TEST_ADMIN.displayName }]);
    const user = app.session.store.core.users[0];
    expect(user?.lastSignInAt).toBe(app.clock.now.toISOString());
    expect((await app.auditLines()).at(-1)).toMatchObject({
      action: 'auth.signIn',
      actor: 'admin',
      actorName: TEST_ADMIN.displayName,
    });
    // Every entry written by a signed-in session names the account, whatever the service.
    await app.ok('app.setLanguage', { language: 'en' });
    const lines = await app.auditLines();
    expect(lines.at(-1)?.action).toBe('settings.language');
    expect(lines.every((l) => l.actor === 'admin' && l.actorName === TEST_ADMIN.displayName)).toBe(true);
  });

  it('slows down after the third failure, doubling up to five minutes, without checking the password meanwhile', async () => {
    const app = await open();
    await createAdmin(app);
    await app.ok('auth.signOut');
    for (let i = 0; i < 3; i++)
      expect(await app.refused('auth.signIn', signIn('wrong-password'))).toBe('auth.badCredentials');
    const throttled = await app.call('auth.signIn', signIn(TEST_ADMIN.password));
    expect(!throttled.ok && throttled.error.code).toBe('auth.throttled');
    expect(!throttled.ok && throttled.error.message).toContain('1');
    const auditedBefore = (await app.auditLines()).length;
    // While refused the attempt is not even checked: the right password does not get in either.
    expect(await app.refused('auth.signIn', signIn(TEST_ADMIN.password))).toBe('auth.throttled');
    expect((await app.auditLines()).length).toBe(auditedBefore);
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      app.clock.advance(5 * 60_000 + 1);
      await app.refused('auth.signIn', signIn('wrong-password'));
      waits.push(app.session.auth.throttle.waitSeconds('admin'));
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300, 300]);
    app.clock.advance(300_000);
    expect((await app.ok('auth.signIn', signIn(TEST_ADMIN.password))).user?.username).toBe('admin');
    expect(app.session.auth.throttle.state('admin').failures).toBe(0);
  });

  it('counts unknown names too, in a bounded map', async () => {
    const app = await open();
    await createAdmin(app);
    for (let i = 0; i < 3; i++) await app.refused('auth.signIn', signIn('whatever-1', 'ghost'));
    expect(await app.refused('auth.signIn', signIn('whatever-1', 'ghost'))).toBe('auth.throttled');
    expect(app.session.auth.throttle.waitSeconds('ghost')).toBe(1);
    for (let i = 0; i < 1100; i++) app.session.auth.throttle.fail(`name-${i}`);
    expect(app.session.auth.throttle.size).toBe(1000);
  });
});

describe('lock, idle lock and switching user', () => {
  it('keeps the locked user, asks the password again and tells a different user apart', async () => {
    const app = await open();
    await createAdmin(app);
    const locked = await app.ok('auth.lock');
    expect(locked.user).toBeNull();
    expect(locked.lockedUser).toEqual({ username: 'admin', displayName: TEST_ADMIN.displayName });
    expect(await app.refused('people.list', { limit: 5 })).toBe('auth.required');
    expect((await app.ok('auth.signIn', signIn(TEST_ADMIN.password))).user?.username).toBe('admin');
    expect((await app.ok('auth.state')).lockedUser).toBeNull();
  });

  it('locks on its own after the idle time; polling the state does not count as activity', async () => {
    const app = await open();
    await createAdmin(app);
    const minutes = app.session.store.core.settings.idleLockMinutes;
    app.clock.advance((minutes - 1) * 60_000);
    expect((await app.call('people.list', { limit: 5 })).ok).toBe(true);
    app.clock.advance((minutes - 1) * 60_000);
    await app.ok('auth.state');
    await app.ok('app.getState');
    app.clock.advance(2 * 60_000);
    expect(await app.refused('people.list', { limit: 5 })).toBe('auth.required');
    const state = await app.ok('auth.state');
    expect(state.user).toBeNull();
    expect(state.lockedUser?.username).toBe('admin');
  });

  it('refuses a disabled account, and drops its session at once', async () => {
    const app = await open();
    await createAdmin(app);
    const admin = app.session.store.core.users[0];
    if (!admin) throw new Error('no admin');
    await app.session.store.mutate({ actor: 'test', action: 'test.disable' }, (tx) => {
      tx.put('core', 'users', { ...admin, active: false });
    });
    expect(await app.refused('people.list', { limit: 5 })).toBe('auth.required');
    expect(await app.refused('auth.signIn', signIn(TEST_ADMIN.password))).toBe('auth.disabled');
  });
});

describe('changing one own password', () => {
  it('checks the current password, refuses common ones, and audits the change without the hash', async () => {
    const app = await open();
    await createAdmin(app);
    const wrong = await app.call('auth.changePassword', {
      currentPassword: 'not-it-at-all',
      newPassword: 'Brand-New-Pass-9',
      newPasswordAgain: 'Brand-New-Pass-9',
    });
    expect(!wrong.ok && wrong.error.code).toBe('auth.wrongPassword');
    expect(!wrong.ok && wrong.error.fields?.[0]?.path).toBe('currentPassword');
    const common = await app.call('auth.changePassword', {
      currentPassword: TEST_ADMIN.password,
      newPassword: '88888888',
      newPasswordAgain: '88888888',
    });
    expect(!common.ok && common.error.fields?.[0]?.code).toBe('validation.user.passwordTooCommon');
    await app.ok('auth.changePassword', {
      currentPassword: TEST_ADMIN.password,
      newPassword: 'Brand-New-Pass-9',
      newPasswordAgain: 'Brand-New-Pass-9',
    });
    await app.ok('auth.signOut');
    expect(await app.refused('auth.signIn', signIn(TEST_ADMIN.password))).toBe('auth.badCredentials');
    expect((await app.ok('auth.signIn', signIn('Brand-New-Pass-9'))).user?.username).toBe('admin');

    const credentials = await fs.readFile(path.join(app.dir, 'credentials.json'), 'utf8');
    const { hashes } = JSON.parse(credentials) as { hashes: Record<string, { hash: string; salt: string }> };
    const stored = Object.values(hashes)[0];
    if (!stored) throw new Error('no hash stored');
    const audit = JSON.stringify(await app.auditLines());
    const core = await fs.readFile(path.join(app.dir, 'core.json'), 'utf8');
    for (const secret of [stored.hash, stored.salt, 'Brand-New-Pass-9', TEST_ADMIN.password]) {
      expect(audit).not.toContain(secret);
      expect(core).not.toContain(secret);
    }
    expect((await app.auditLines()).map((l) => l.action)).toContain('users.passwordChanged');
  });
});

describe('signing in while the data is read-only', () => {
  it('works and writes nothing', async () => {
    const first = await open();
    await createAdmin(first);
    await first.close();
    // A changed audit line breaks the chain: the folder opens read-only, the accounts still load.
    const auditDir = path.join(first.dir, 'audit');
    const [name] = await fs.readdir(auditDir);
    if (!name) throw new Error('no audit file');
    const file = path.join(auditDir, name);
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace('"summary":"admin"', '"summary":"someone else"'));

    const app = await open(first.dir);
    expect(app.session.store.readOnly).not.toBeNull();
    const before = await hashTree(app.dir);
    await app.refused('auth.signIn', signIn('wrong-password'));
    const state = await app.ok('auth.signIn', signIn(TEST_ADMIN.password));
    expect(state.user?.username).toBe('admin');
    expect((await app.call('people.list', { limit: 5 })).ok).toBe(true);
    expect(await hashTree(app.dir)).toEqual(before);
  });
});
