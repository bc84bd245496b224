import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSchemas } from '../../../electron/core/store/default-schemas';
import {
  MIGRATIONS,
  openStore,
  verifyStore,
  type Migration,
  type RetentionPolicy,
} from '../../../electron/core/store';
import type { CoreDoc } from '../../../shared/schema';
import { faultyFs, readJson, snapshot, tempDir } from '../helpers';

/** A data folder as version 1 of the app wrote it: a center, one elder, one ward round. */
const FIXTURE_V1 = fileURLToPath(new URL('../fixtures/folder-v1', import.meta.url));

const V2 = defaultSchemas.version + 1;
/** The real model one version later; the shape is unchanged, only the step below runs after the real chain. */
const schemasV2 = { ...defaultSchemas, version: V2 };

/**
 * A step as a real one would be written (pure, one per file in electron/core/store/migrations/):
 * it raises a retention below the new floor of 5 kept backups, and stamps the month files.
 */
const floorRetention: Migration = {
  version: V2,
  name: 'floor-backup-retention',
  core: (doc) => {
    const settings = doc.settings as CoreDoc['settings'];
    const keepLast = Math.max(settings.backupRetention.keepLast, 5);
    return { ...doc, settings: { ...settings, backupRetention: { ...settings.backupRetention, keepLast } } };
  },
  shard: (doc) => doc,
};

/** The options the desktop app opens its folder with (electron/core/ipc/session.ts). */
function appOptions(dir: string) {
  return {
    dir,
    schemas: schemasV2,
    migrations: [...MIGRATIONS, floorRetention],
    now: () => new Date(2026, 10, 15, 9, 30),
    backup: {
      onStart: true,
      daily: true,
      retention: (core: unknown): Partial<RetentionPolicy> | undefined =>
        (core as Partial<CoreDoc> | undefined)?.settings?.backupRetention,
    },
  };
}

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(FIXTURE_V1, dir, { recursive: true });
});
afterEach(() => cleanup());

describe('a migration through the app’s own open path', () => {
  it('opens a version 1 folder with start/daily backups and retention, migrating it after a backup', async () => {
    const store = await openStore<CoreDoc>(appOptions(dir));
    expect(store.readOnly).toBeNull();
    expect(store.warnings).toEqual([]);
    expect(store.core.settings.backupRetention.keepLast).toBe(5);
    expect(store.core.people).toHaveLength(1);

    // Still writable after the migration.
    await store.mutate({ actor: 'local', action: 'settings.save' }, (tx) =>
      tx.set('settings', { ...store.core.settings, language: 'en' }),
    );
    await store.close();

    expect(readJson(join(dir, 'core.json')).schemaVersion).toBe(V2);
    expect(readJson(join(dir, 'records', 'rounds', '2026-10.json')).schemaVersion).toBe(V2);
    const reasons = readdirSync(join(dir, 'backups')).map(
      (name) => /-(before-migration|start|daily)\./.exec(name)?.[1],
    );
    expect(reasons).toEqual(expect.arrayContaining(['before-migration', 'start']));
    expect((await verifyStore(dir, { schemas: schemasV2 })).problems).toEqual([]);
  });

  it('without a backup it does not migrate on disk, yet opens read-only showing the migrated data', async () => {
    const before = snapshot(dir);
    const { fs, arm } = faultyFs();
    arm({ op: 'write', match: join(dir, 'backups'), code: 'ENOSPC' });
    const store = await openStore<CoreDoc>({ ...appOptions(dir), fs });
    expect(store.readOnly).toMatchObject({
      reason: 'backupFailed',
      files: [{ file: 'core.json', problem: 'migrationPostponed' }],
    });
    expect(store.core.settings.backupRetention.keepLast).toBe(5);
    expect((await store.shard('rounds', '2026-10')).records).toHaveLength(1);
    await store.close();
    expect(snapshot(dir)).toEqual(before); // nothing on disk changed

    // The next start with room for the backup migrates as usual.
    const again = await openStore<CoreDoc>(appOptions(dir));
    expect(again.readOnly).toBeNull();
    await again.close();
    expect(readJson(join(dir, 'core.json')).schemaVersion).toBe(V2);
  });
});
