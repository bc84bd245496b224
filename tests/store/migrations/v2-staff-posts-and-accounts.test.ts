import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateCore, openStore, verifyStore, type RetentionPolicy } from '../../../electron/core/store';
import { CURRENT_SCHEMA_VERSION, CoreDocSchema, type CoreDoc } from '../../../shared/schema';
import { readJson, tempDir } from '../helpers';

const FIXTURE_V1 = fileURLToPath(new URL('../fixtures/folder-v1', import.meta.url));
const T = '2026-10-01T08:00:00.000Z';

/** Records as version 1 wrote them: a staff role, a template without paid hours, an account with a hash. */
const V1_RECORDS = {
  staff: [
    { id: 'staff-0001', createdAt: T, updatedAt: T, name: '王芳', role: 'director', active: true },
    {
      id: 'staff-0002',
      createdAt: T,
      updatedAt: T,
      name: '李秀英',
      role: 'carer',
      phone: '13800000000',
      active: true,
      userId: 'user-0001',
    },
  ],
  shiftTemplates: [
    {
      id: 'shift-0001',
      createdAt: T,
      updatedAt: T,
      code: '夜',
      name: '夜班',
      start: '20:00',
      end: '08:00',
      crossesMidnight: true,
      night: true,
      active: true,
    },
    {
      id: 'shift-0002',
      createdAt: T,
      updatedAt: T,
      code: '白',
      name: '白班',
      start: '08:00',
      end: '17:30',
      crossesMidnight: false,
      night: false,
      active: true,
    },
  ],
  users: [
    {
      id: 'user-0001',
      createdAt: T,
      updatedAt: T,
      username: 'lixiuying',
      displayName: '李秀英',
      role: 'carer',
      active: true,
      password: { algorithm: 'scrypt', salt: 'c2FsdA', hash: 'aGFzaA', params: { N: 16384 } },
      lastLoginAt: null,
    },
  ],
};

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(FIXTURE_V1, dir, { recursive: true });
  const core = JSON.parse(readFileSync(join(dir, 'core.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'core.json'), JSON.stringify({ ...core, ...V1_RECORDS }, null, 2));
});
afterEach(() => cleanup());

describe('v2: staff posts, shift times and accounts without secrets', () => {
  it('turns a version 1 core into one the version 2 schema accepts', () => {
    const v1 = readJson(join(dir, 'core.json'));
    const v2 = migrateCore(v1, 2) as unknown as CoreDoc;
    // Later steps of the chain must keep what this one wrote acceptable to the current schema.
    expect(CoreDocSchema.safeParse(migrateCore(v1, CURRENT_SCHEMA_VERSION)).success).toBe(true);
    expect(v2.staff.map((s) => [s.post, s.workingTime, s.certificates])).toEqual([
      ['management', 'standard', []],
      ['carer', 'standard', []],
    ]);
    expect(v2.staff[1]).not.toHaveProperty('role');
    expect(v2.staff[1]?.userId).toBe('user-0001');
    expect(v2.shiftTemplates.map((t) => [t.code, t.breakMinutes, t.paidHours])).toEqual([
      ['夜', 0, 12],
      ['白', 0, 9.5],
    ]);
    expect(v2.dayCodes).toEqual([]);
    expect(v2.users[0]).toMatchObject({ role: 'staff', lastSignInAt: null, username: 'lixiuying' });
    expect(JSON.stringify(v2.users)).not.toContain('aGFzaA');
    expect(v2.settings).toMatchObject({ customPosts: [], idleLockMinutes: 10 });
  });

  it('opens a version 1 folder through the app’s open path and verifies', async () => {
    const store = await openStore<CoreDoc>({
      dir,
      now: () => new Date(2026, 10, 15, 9, 30),
      backup: {
        onStart: true,
        daily: true,
        retention: (core: unknown): Partial<RetentionPolicy> | undefined =>
          (core as Partial<CoreDoc> | undefined)?.settings?.backupRetention,
      },
    });
    expect(store.readOnly).toBeNull();
    expect(store.core.staff.map((s) => s.post)).toEqual(['management', 'carer']);
    await store.close();
    const onDisk = readJson(join(dir, 'core.json'));
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(readFileSync(join(dir, 'core.json'), 'utf8')).not.toContain('aGFzaA');
    expect((await verifyStore(dir)).problems).toEqual([]);
  });
});
