import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStore } from '../../electron/core/store/verify';
import { TEST_ADMIN } from './helpers';
import { createAdmin, openAuthApp, type AuthApp } from './auth-harness';

const apps: AuthApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) {
    await app.close().catch(() => undefined);
    await fs.rm(app.dir, { recursive: true, force: true });
  }
});

async function open(): Promise<AuthApp> {
  const app = await openAuthApp();
  apps.push(app);
  await createAdmin(app);
  return app;
}

const signIn = (password: string) => ({ username: TEST_ADMIN.username, password });

describe('credentials.json', () => {
  it('is backed up and restored with the folder, and the restored passwords apply at once', async () => {
    const app = await open();
    const backup = await app.ok('backups.create');
    await app.ok('auth.changePassword', {
      currentPassword: TEST_ADMIN.password,
      newPassword: 'Changed-After-Backup-1',
      newPasswordAgain: 'Changed-After-Backup-1',
    });
    await app.ok('backups.restore', { file: backup.file });
    await app.ok('auth.signOut');
    expect(await app.refused('auth.signIn', signIn('Changed-After-Backup-1'))).toBe('auth.badCredentials');
    expect((await app.ok('auth.signIn', signIn(TEST_ADMIN.password))).user?.username).toBe('admin');
    // The history that came back with the restore holds no hash either.
    const credentials = await fs.readFile(path.join(app.dir, 'credentials.json'), 'utf8');
    const [stored] = Object.values(
      (JSON.parse(credentials) as { hashes: Record<string, { hash: string }> }).hashes,
    );
    expect(JSON.stringify(await app.auditLines())).not.toContain(stored?.hash ?? 'none');
  });

  it('is checked by verify: it must parse and every hash must belong to an account', async () => {
    const app = await open();
    await app.close();
    expect((await verifyStore(app.dir)).problems).toEqual([]);
    const file = path.join(app.dir, 'credentials.json');
    const data = JSON.parse(await fs.readFile(file, 'utf8')) as { hashes: Record<string, unknown> };
    const [hash] = Object.values(data.hashes);
    data.hashes['ghost-account-id'] = hash;
    await fs.writeFile(file, JSON.stringify(data));
    expect((await verifyStore(app.dir)).problems.map((p) => p.code)).toEqual([
      'store.verify.credentialsOrphan',
    ]);
    await fs.writeFile(file, '{"schemaVersion":1,"hashes":{"x":{"algorithm":"md5"}},"recent":[]}');
    expect((await verifyStore(app.dir)).problems.map((p) => p.code)).toEqual(['store.verify.unparsable']);
  });

  it('stops the folder from opening with a clear error when damaged', async () => {
    const app = await open();
    await app.close();
    await fs.writeFile(path.join(app.dir, 'credentials.json'), '{ not json');
    await expect(openAuthApp({ dir: app.dir })).rejects.toMatchObject({ code: 'auth.credentialsUnreadable' });
  });
});
