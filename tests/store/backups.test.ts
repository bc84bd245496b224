import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  nodeFileSystem,
  openStore,
  selectBackupsToKeep,
  verifyStore,
  type BackupInfo,
} from '../../electron/core/store';
import { markStagingComplete, stageBackup } from '../../electron/core/store/restore';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { person, readArchive, snapshot, tempDir, writeLegacyBackup } from './helpers';

let dir: string;
let cleanup: () => void;
let clock: Date;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  clock = new Date(2026, 10, 15, 9, 30, 0);
});
afterEach(() => cleanup());

const open = (backup?: Parameters<typeof openStore>[0]['backup']) =>
  openStore<TestCore>({ dir, schemas: testSchemas, now: () => clock, ...(backup ? { backup } : {}) });
const names = () => readdirSync(join(dir, 'backups')).sort();
const peopleOf = (store: { core: unknown }) =>
  (store.core as { people: { id: string }[] }).people.map((p) => p.id);

describe('backups', () => {
  it('writes one tar.gz of every data file as it is, led by a manifest with checksums', async () => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => {
      tx.put('core', 'people', person('1'));
      tx.put({ kind: 'visits', period: '2026-11' }, { id: 'v', personId: '1', date: '2026-11-01' });
    });
    const info = await store.createBackup('manual');
    expect(info.name).toBe('20261115-093000-manual.care-backup.tar.gz');
    const archive = await readArchive(info.path);
    expect(archive.order).toEqual([
      'manifest.json',
      'core.json',
      'records/visits/2026-11.json',
      'audit/2026-11.jsonl',
    ]);
    expect(archive.manifest).toMatchObject({
      format: 'township-care-backup',
      formatVersion: 2,
      reason: 'manual',
      createdAt: clock.toISOString(),
      schemaVersion: 1,
      appliedSeq: 1,
      counts: { files: 3, core: 1, shards: 1, audit: 1, photos: 0 },
    });
    for (const file of archive.manifest.files) {
      const bytes = readFileSync(join(dir, file.path));
      expect(archive.files.get(file.path)).toEqual(bytes);
      expect(file).toEqual({
        path: file.path,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
    }
    // Same second again: a distinct name, nothing overwritten.
    expect((await store.createBackup('manual')).name).toBe('20261115-093000-manual-2.care-backup.tar.gz');
    expect((await store.listBackups()).map((b) => b.name)).toEqual([
      '20261115-093000-manual-2.care-backup.tar.gz',
      '20261115-093000-manual.care-backup.tar.gz',
    ]);
    await store.close();
  });

  it('takes a start backup on open and a daily one when the day changes', async () => {
    const store = await open({ onStart: true, daily: true });
    expect(names()).toEqual(['20261115-093000-start.care-backup.tar.gz']);
    expect(await store.maybeDailyBackup()).toBeNull();
    clock = new Date(2026, 10, 16, 0, 5, 0);
    expect((await store.maybeDailyBackup())?.name).toBe('20261116-000500-daily.care-backup.tar.gz');
    expect(await store.maybeDailyBackup()).toBeNull();
    await store.close();
  });

  it('retention keeps the last 10, newest per day for 30 days, newest per month for 24 months', () => {
    const now = new Date(2026, 10, 15, 12, 0, 0);
    // Four backups a day for 800 days back.
    const backups: BackupInfo[] = [];
    for (let day = 0; day < 800; day++) {
      for (const hour of [6, 10, 14, 18]) {
        const createdAt = new Date(2026, 10, 15 - day, hour, 0, 0);
        if (createdAt > now) continue;
        backups.push({ name: createdAt.toISOString(), path: '', reason: 'daily', createdAt });
      }
    }
    const keep = selectBackupsToKeep(backups, { keepLast: 10, dailyDays: 30, monthlyMonths: 24 }, now);
    const kept = backups.filter((b) => keep.has(b.name));
    const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    for (const b of newestFirst.slice(0, 10)) expect(keep.has(b.name)).toBe(true);
    // Days 0..29: the 18:00 one of each day (day 0 only up to 10:00 → its 10:00 one).
    const dayKeys = new Set(
      kept.filter((b) => b.createdAt >= new Date(2026, 9, 17)).map((b) => b.createdAt.toDateString()),
    );
    expect(dayKeys.size).toBe(30);
    // Months: 24 months including this one, each represented by its newest.
    const months = new Set(kept.map((b) => `${b.createdAt.getFullYear()}-${b.createdAt.getMonth()}`));
    expect(months.size).toBe(24);
    expect(kept.some((b) => b.createdAt < new Date(2024, 11, 1))).toBe(false);
    expect(keep.has(new Date(2025, 0, 31, 18).toISOString())).toBe(true); // newest of January 2025
    expect(keep.has(new Date(2025, 0, 30, 18).toISOString())).toBe(false);
    // Last 10 span 3 days; 27 more days; of 24 months, November and October are already in.
    expect(kept.length).toBe(10 + (30 - 3) + (24 - 2));
  });

  it('applies retention after each backup (configurable)', async () => {
    const store = await open({ retention: { keepLast: 3, dailyDays: 2, monthlyMonths: 1 } });
    for (let i = 0; i < 6; i++) {
      clock = new Date(2026, 10, 10 + i, 12, 0, 0);
      await store.createBackup('manual');
    }
    // Last 3 (13th–15th), plus 14th–15th per day, plus November's newest.
    expect(names()).toEqual([
      '20261113-120000-manual.care-backup.tar.gz',
      '20261114-120000-manual.care-backup.tar.gz',
      '20261115-120000-manual.care-backup.tar.gz',
    ]);
    await store.close();
  });
});

describe('restore', () => {
  it('saves the current state first, then replaces the data and reloads', async () => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('kept')));
    const backup = await store.createBackup('manual');
    clock = new Date(2026, 10, 15, 10, 0, 0);
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('later')));
    await store.mutate(
      { actor: 'x', action: 'add' },
      (tx) =>
        void tx.put(
          { kind: 'visits', period: '2026-11' },
          { id: 'v', personId: 'later', date: '2026-11-02' },
        ),
    );

    const saved = await store.restoreBackup(backup.name, 'manager');
    expect(saved.reason).toBe('before-restore');
    expect(peopleOf(store)).toEqual(['kept']);
    // The restored log (one entry), then an entry recording the restore itself.
    expect(store.seq).toBe(2);
    const auditLines = readFileSync(join(dir, 'audit', '2026-11.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(JSON.parse(auditLines.at(-1) ?? '{}')).toMatchObject({
      seq: 2,
      actor: 'manager',
      action: 'backups.restore',
      summary: backup.name,
      changes: [],
    });
    expect((await store.shard('visits', '2026-11')).records).toEqual([]);
    expect(existsSync(join(dir, 'records', 'visits', '2026-11.json'))).toBe(false);

    const savedCore = (await readArchive(saved.path)).files.get('core.json')?.toString('utf8') ?? '';
    expect((JSON.parse(savedCore) as TestCore).people).toHaveLength(2);

    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('after')));
    await store.close();
    expect((await verifyStore(dir, { schemas: testSchemas })).problems).toEqual([]);
    const reopened = await open();
    expect(peopleOf(reopened)).toEqual(['kept', 'after']);
    await reopened.close();
  });

  it('refuses a bad backup of either format and changes nothing', async () => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('1')));
    await store.createBackup('manual');
    const core = readFileSync(join(dir, 'core.json'));
    const audit = readFileSync(join(dir, 'audit', '2026-11.jsonl'));
    const legacy = (name: string, files: { path: string; bytes: Buffer }[]) =>
      writeLegacyBackup(join(dir, 'backups', name), files);
    legacy('20260101-000000-manual.care-backup.json.gz', [
      { path: 'core.json', bytes: Buffer.from(core.toString('utf8').replace('"P 1"', '42')) },
      { path: 'audit/2026-11.jsonl', bytes: audit },
    ]);
    legacy('20260102-000000-manual.care-backup.json.gz', [
      { path: '../escape.json', bytes: core },
      { path: 'audit/2026-11.jsonl', bytes: audit },
    ]);
    writeFileSync(join(dir, 'backups', 'garbage.care-backup.tar.gz'), 'not gzip');
    writeFileSync(join(dir, 'backups', 'garbage.care-backup.json.gz'), 'not gzip');
    const before = snapshot(dir);
    for (const name of [
      '20260101-000000-manual.care-backup.json.gz',
      '20260102-000000-manual.care-backup.json.gz',
      'garbage.care-backup.tar.gz',
      'garbage.care-backup.json.gz',
    ]) {
      await expect(store.restoreBackup(name)).rejects.toMatchObject({
        code: 'store.badBackup',
        params: { file: name },
      });
    }
    await expect(store.restoreBackup('missing.care-backup.tar.gz')).rejects.toMatchObject({
      code: 'store.backupNotFound',
    });
    expect(snapshot(dir)).toEqual(before);
    expect(peopleOf(store)).toEqual(['1']);
    await store.close();
  });

  it('still restores a backup of the first (one JSON string) format', async () => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('old')));
    const files = ['core.json', 'audit/2026-11.jsonl'].map((path) => ({
      path,
      bytes: readFileSync(join(dir, path)),
    }));
    writeLegacyBackup(join(dir, 'backups', '20261101-080000-daily.care-backup.json.gz'), files);
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('new')));
    expect((await store.listBackups()).map((b) => b.name)).toContain(
      '20261101-080000-daily.care-backup.json.gz',
    );
    await store.restoreBackup('20261101-080000-daily.care-backup.json.gz');
    expect(peopleOf(store)).toEqual(['old']);
    await store.close();
  });

  it('recognises an archive by its bytes when a copy was renamed', async () => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('old')));
    const backup = await store.createBackup('manual');
    const renamed = join(dir, 'from-usb-stick.gz');
    writeFileSync(renamed, readFileSync(backup.path));
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('new')));
    await store.restoreBackup(renamed);
    expect(peopleOf(store)).toEqual(['old']);
    await store.close();
  });

  it('repairs a read-only (quarantined) folder', async () => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('1')));
    const backup = await store.createBackup('manual');
    await store.close();
    writeFileSync(join(dir, 'core.json'), '{ broken');
    const broken = await open();
    expect(broken.readOnly?.reason).toBe('quarantined');
    await broken.restoreBackup(backup.name);
    expect(broken.readOnly).toBeNull();
    expect(peopleOf(broken)).toEqual(['1']);
    await broken.close();
  });

  it('finishes a restore interrupted after staging on the next open', async () => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('old')));
    const backup = await store.createBackup('manual');
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('new')));
    await store.close();
    const files = await stageBackup(nodeFileSystem, dir, backup.path, {
      schemas: testSchemas,
      migrations: [],
    });
    await markStagingComplete(nodeFileSystem, dir, files); // crash right after the marker was written
    const reopened = await open();
    expect(peopleOf(reopened)).toEqual(['old']);
    await reopened.close();
    expect(existsSync(join(dir, '.restore-staging'))).toBe(false);
  });
});

describe('backups of damaged data', () => {
  it('are refused by hand and skipped on the timer while the data is read-only', async () => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('a')));
    await store.createBackup('manual');
    await store.close();
    writeFileSync(join(dir, 'core.json'), 'not json');
    const before = readdirSync(join(dir, 'backups')).sort();

    const damaged = await open();
    expect(damaged.readOnly).not.toBeNull();
    await expect(damaged.createBackup('manual')).rejects.toMatchObject({ code: 'store.readOnlyBackup' });
    clock = new Date(clock.getTime() + 86_400_000);
    expect(await damaged.maybeDailyBackup()).toBeNull();
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(before);
    await damaged.close();
  });
});
