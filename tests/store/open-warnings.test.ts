import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store';
import { translate } from '../../shared/i18n/translate';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { faultyFs, person, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const now = () => new Date(2026, 10, 15, 9, 30);

describe('a failed backup on open', () => {
  it.each([
    ['ENOSPC', 'store.warning.backupDiskFull'],
    ['EACCES', 'store.warning.backupPermissionDenied'],
    ['EIO', 'store.warning.backupFailed'],
  ])('with %s opens the folder writable and reports %s', async (code, warning) => {
    const { fs, arm } = faultyFs();
    arm({ op: 'write', match: `${join(dir, 'backups')}`, code });
    const store = await openStore<TestCore>({
      dir,
      fs,
      schemas: testSchemas,
      now,
      backup: { onStart: true, daily: true, retention: () => ({ keepLast: 3 }) },
    });
    expect(store.readOnly).toBeNull();
    expect(store.warnings.map((w) => w.code)).toEqual([warning, warning]);
    expect(store.warnings.map((w) => w.params.reason)).toEqual(['start', 'daily']);
    for (const language of ['zh-CN', 'en'] as const) {
      const text = translate(language, store.warnings[0]!.code, store.warnings[0]!.params);
      expect(text).not.toContain('{{');
      expect(text).not.toBe(store.warnings[0]!.code);
    }

    // Staff can work as usual; nothing half-written is left in backups/.
    await store.mutate({ actor: 'local', action: 'people.create' }, (tx) =>
      tx.put('core', 'people', person('p1')),
    );
    expect(store.core.people.map((p) => p.id)).toEqual(['p1']);
    expect(readdirSync(join(dir, 'backups'))).toEqual([]);
    await store.close();
  });

  it('the daily timer adds the warning too, and the next good backup clears it', async () => {
    const { fs, arm } = faultyFs();
    let clock = now();
    const store = await openStore<TestCore>({ dir, fs, schemas: testSchemas, now: () => clock });
    arm({ op: 'write', match: join(dir, 'backups'), code: 'ENOSPC' });
    clock = new Date(2026, 10, 16, 0, 5);
    await expect(store.maybeDailyBackup()).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(store.warnings).toMatchObject([
      { code: 'store.warning.backupDiskFull', params: { reason: 'daily' } },
    ]);
    arm(null);
    expect(await store.maybeDailyBackup()).not.toBeNull();
    expect(store.warnings).toEqual([]);
    await store.close();
  });

  it('leaves no warning when the backups succeed', async () => {
    const store = await openStore<TestCore>({ dir, schemas: testSchemas, now, backup: { onStart: true } });
    expect(store.warnings).toEqual([]);
    await store.close();
  });
});
