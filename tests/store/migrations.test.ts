import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  migrateCore,
  migrateShard,
  openStore,
  verifyStore,
  type Migration,
} from '../../electron/core/store';
import { type TestCore, testSchemasV2 } from './fixtures/test-schemas';
import { readArchive, readJson, tempDir } from './helpers';

const now = () => new Date(2026, 10, 15, 9, 30);
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** Test-local chain: version 2 renamed person `fullName` to `name`, attendance `person` to `personId`. */
const chain: Migration[] = [
  {
    version: 2,
    name: 'rename-person-fields',
    core: (doc) => ({
      ...doc,
      people: (doc.people as { id: string; fullName: string }[]).map(({ fullName, ...rest }) => ({
        ...rest,
        name: fullName,
      })),
    }),
    shard: (doc) => ({
      ...doc,
      records: (doc.records as { person: string }[]).map(({ person, ...rest }) => ({
        ...rest,
        personId: person,
      })),
    }),
  },
];

/** A data folder as version 1 wrote it. */
function writeVersion1Fixture(): { core: string; shard: string } {
  const core = JSON.stringify({
    schemaVersion: 1,
    appliedSeq: 0,
    center: null,
    settings: { language: 'zh-CN' },
    people: [{ id: 'p1', fullName: '张三' }],
    stays: [],
  });
  const shard = JSON.stringify({
    schemaVersion: 1,
    kind: 'attendance',
    period: '2026-10',
    appliedSeq: 0,
    records: [{ id: 'a1', person: 'p1', date: '2026-10-02' }],
  });
  writeFileSync(join(dir, 'core.json'), core);
  mkdirSync(join(dir, 'records', 'attendance'), { recursive: true });
  writeFileSync(join(dir, 'records', 'attendance', '2026-10.json'), shard);
  return { core, shard };
}

describe('migrations', () => {
  it('the real chain is ordered, contiguous from version 2 and leaves current documents alone', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 2));
    const doc = { schemaVersion: 1, people: [] };
    expect(migrateCore(doc, 1)).toBe(doc);
  });

  it('migrateCore/migrateShard are pure and stamp the new version', () => {
    const doc = { schemaVersion: 1, people: [{ id: 'p', fullName: 'A' }] };
    const copy = structuredClone(doc);
    expect(migrateCore(doc, 2, chain)).toEqual({ schemaVersion: 2, people: [{ id: 'p', name: 'A' }] });
    expect(doc).toEqual(copy);
    expect(migrateShard({ schemaVersion: 1, records: [{ person: 'p' }] }, 2, chain)).toEqual({
      schemaVersion: 2,
      records: [{ personId: 'p' }],
    });
  });

  it('refuses when a step is missing', () => {
    expect(() => migrateCore({ schemaVersion: 1 }, 3, chain)).toThrow(
      expect.objectContaining({ code: 'store.migrationMissing' }),
    );
  });

  it('migrates a version 1 folder on open after taking a before-migration backup', async () => {
    const original = writeVersion1Fixture();
    const store = await openStore<TestCore>({ dir, schemas: testSchemasV2, migrations: chain, now });
    expect(store.readOnly).toBeNull();
    expect((store.core as { people: unknown[] }).people).toEqual([{ id: 'p1', name: '张三' }]);
    await store.close();

    expect(readJson(join(dir, 'core.json')).schemaVersion).toBe(2);
    const shard = readJson(join(dir, 'records', 'attendance', '2026-10.json'));
    expect(shard).toMatchObject({
      schemaVersion: 2,
      records: [{ id: 'a1', personId: 'p1', date: '2026-10-02' }],
    });

    const backups = (await import('node:fs')).readdirSync(join(dir, 'backups'));
    expect(backups).toEqual(['20261115-093000-before-migration.care-backup.tar.gz']);
    const archive = await readArchive(join(dir, 'backups', backups[0]!));
    const contents = Object.fromEntries(
      [...archive.files].map(([path, bytes]) => [path, bytes.toString('utf8')]),
    );
    expect(contents).toEqual({
      'core.json': original.core,
      'records/attendance/2026-10.json': original.shard,
    });
    expect((await verifyStore(dir, { schemas: testSchemasV2 })).problems).toEqual([]);
  });

  it('an unmigratable folder opens read-only and is left untouched', async () => {
    writeVersion1Fixture();
    const store = await openStore<TestCore>({ dir, schemas: testSchemasV2, migrations: [], now });
    expect(store.readOnly).toMatchObject({ files: [{ file: 'core.json', problem: 'migrationFailed' }] });
    await store.close();
    expect(readJson(join(dir, 'core.json')).schemaVersion).toBe(1);
    expect(existsSync(join(dir, 'backups', '20261115-093000-before-migration.care-backup.tar.gz'))).toBe(
      false,
    );
  });
});
