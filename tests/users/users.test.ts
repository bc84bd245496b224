import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Staff } from '../../shared/schema/staff';
import type { UserView } from '../../shared/ipc/users';
import { newId } from '../../shared/schema/common';
import { hashTree } from '../ipc/helpers';
import { TEST_ADMIN } from '../auth/helpers';
import { createAdmin, openAuthApp, type AuthApp } from '../auth/auth-harness';

const PASSWORD = 'Maple-Window-31';

let app: AuthApp;
beforeEach(async () => {
  app = await openAuthApp();
  await createAdmin(app);
});
afterEach(async () => {
  await app.close();
  await fs.rm(app.dir, { recursive: true, force: true });
});

async function addStaff(name: string): Promise<Staff> {
  const at = new Date().toISOString();
  const staff: Staff = {
    id: newId(),
    createdAt: at,
    updatedAt: at,
    name,
    post: 'carer',
    workingTime: 'standard',
    certificates: [],
    active: true,
  };
  await app.session.store.mutate({ actor: 'test', action: 'test.staff' }, (tx) => {
    tx.put('core', 'staff', staff);
  });
  return staff;
}

function create(username: string, role: UserView['role'] = 'staff', staffId: string | null = null) {
  return app.call('users.create', {
    username,
    displayName: username,
    role,
    staffId,
    password: PASSWORD,
    passwordAgain: PASSWORD,
  });
}

async function created(username: string, role: UserView['role'] = 'staff', staffId: string | null = null) {
  const result = await create(username, role, staffId);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const update = (
  user: UserView,
  change: Partial<Pick<UserView, 'role' | 'active' | 'staffId' | 'displayName'>>,
) =>
  app.call('users.update', {
    id: user.id,
    displayName: change.displayName ?? user.displayName,
    role: change.role ?? user.role,
    active: change.active ?? user.active,
    staffId: change.staffId === undefined ? user.staffId : change.staffId,
  });

describe('users', () => {
  it('adds an account that can sign in, and refuses a user name taken in another case', async () => {
    const wang = await created('wang');
    expect(wang).toMatchObject({ username: 'wang', role: 'staff', active: true, lastSignInAt: null });
    const again = await create('WANG');
    expect(!again.ok && again.error.fields?.[0]).toMatchObject({
      path: 'username',
      code: 'users.usernameTaken',
    });
    await app.ok('auth.signOut');
    expect((await app.ok('auth.signIn', { username: 'wang', password: PASSWORD })).user?.role).toBe('staff');
    expect(await app.refused('users.list')).toBe('auth.forbidden');
  });

  it('links one staff member to one account, refuses a second link, and unlinks on null', async () => {
    const carer = await addStaff('李护理');
    const li = await created('li-ming', 'staff', carer.id);
    expect(li).toMatchObject({ staffId: carer.id, staffName: '李护理' });
    expect(app.session.store.core.staff.find((s) => s.id === carer.id)?.userId).toBe(li.id);
    const other = await create('zhao', 'staff', carer.id);
    expect(!other.ok && other.error.fields?.[0]).toMatchObject({
      path: 'staffId',
      code: 'users.staffLinked',
    });
    expect(app.session.store.core.users.some((u) => u.username === 'zhao')).toBe(false);
    const unlinked = await update(li, { staffId: null });
    expect(unlinked.ok && unlinked.value.staffId).toBeNull();
    expect(app.session.store.core.staff.find((s) => s.id === carer.id)?.userId).toBeUndefined();
    const nurse = await addStaff('周护士');
    const moved = await update(li, { staffId: nurse.id });
    expect(moved.ok && moved.value.staffName).toBe('周护士');
  });

  it('never lets the last active administrator be disabled or demoted', async () => {
    const [admin] = (await app.ok('users.list')).filter((u) => u.role === 'admin');
    if (!admin) throw new Error('no admin');
    const before = await hashTree(app.dir);
    const disabled = await update(admin, { active: false });
    expect(!disabled.ok && disabled.error.code).toBe('users.lastAdmin');
    const demoted = await update(admin, { role: 'manager' });
    expect(!demoted.ok && demoted.error.code).toBe('users.lastAdmin');
    expect(await hashTree(app.dir)).toEqual(before);
    // With a second administrator either may step down, but not both.
    const second = await created('second-admin', 'admin');
    expect((await update(second, { role: 'manager' })).ok).toBe(true);
    const last = await update(admin, { active: false });
    expect(!last.ok && last.error.code).toBe('users.lastAdmin');
  });

  it('disables without deleting: the account stays listed and cannot sign in', async () => {
    const wang = await created('wang');
    expect((await update(wang, { active: false })).ok).toBe(true);
    expect((await app.ok('users.list')).find((u) => u.id === wang.id)?.active).toBe(false);
    await app.ok('auth.signOut');
    expect(await app.refused('auth.signIn', { username: 'wang', password: PASSWORD })).toBe('auth.disabled');
  });

  it('resets a password with an audit line that holds no hash, and unlock clears the delay', async () => {
    const wang = await created('wang');
    for (let i = 0; i < 4; i++) await app.call('auth.signIn', { username: 'wang', password: 'wrong-one-x' });
    const blocked = (await app.ok('users.list')).find((u) => u.id === wang.id);
    expect(blocked?.failedAttempts).toBe(3);
    expect(blocked?.blockedUntil).not.toBeNull();
    const unlocked = await app.ok('users.unlock', { id: wang.id });
    expect(unlocked).toMatchObject({ failedAttempts: 0, blockedUntil: null });

    await app.ok('users.resetPassword', {
      id: wang.id,
      password: 'Fresh-Start-88',
      passwordAgain: 'Fresh-Start-88',
    });
    const lines = await app.auditLines();
    expect(lines.at(-1)).toMatchObject({
      action: 'users.passwordReset',
      summary: 'wang',
      actor: TEST_ADMIN.username,
    });
    const credentials = await fs.readFile(path.join(app.dir, 'credentials.json'), 'utf8');
    const hash = (JSON.parse(credentials) as { hashes: Record<string, { hash: string }> }).hashes[wang.id]
      ?.hash;
    expect(hash).toBeTruthy();
    expect(JSON.stringify(lines)).not.toContain(hash);
    expect(JSON.stringify(lines)).not.toContain('Fresh-Start-88');
    await app.ok('auth.signOut');
    expect(
      (await app.ok('auth.signIn', { username: 'wang', password: 'Fresh-Start-88' })).user?.username,
    ).toBe('wang');
  });
});
