import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, verifyStore, type FileSystem } from '../../electron/core/store';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { faultyFs, person, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const now = () => new Date(2026, 10, 15, 9, 30, 0);
const open = (fs?: FileSystem) =>
  openStore<TestCore>({ dir, schemas: testSchemas, now, ...(fs ? { fs } : {}) });
const peopleOf = (store: { core: unknown }) =>
  (store.core as { people: { id: string }[] }).people.map((p) => p.id);

/** A folder whose backup holds person 'old' (and a visit), while the data has moved on to 'new'. */
async function prepare(fs: FileSystem): Promise<string> {
  const store = await open(fs);
  await store.mutate({ actor: 'x', action: 'add' }, (tx) => {
    tx.put('core', 'people', person('old'));
    tx.put({ kind: 'visits', period: '2026-11' }, { id: 'v', personId: 'old', date: '2026-11-01' });
  });
  const backup = await store.createBackup('manual');
  await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('new')));
  await store.close();
  return backup.name;
}

describe('a restore that fails half-way', () => {
  it('retries a rename that Windows refuses for a moment (EBUSY, EPERM)', async () => {
    const { fs, arm } = faultyFs();
    const backup = await prepare(fs);
    const store = await open(fs);
    arm({ op: 'rename', match: join(dir, 'core.json'), code: 'EBUSY', once: true });
    await store.restoreBackup(backup);
    expect(store.readOnly).toBeNull();
    expect(peopleOf(store)).toEqual(['old']);
    await store.close();
  });

  it('leaves the store read-only (translated reason) until the next open finishes the restore', async () => {
    const { fs, arm } = faultyFs();
    const backup = await prepare(fs);
    const store = await open(fs);
    // core.json is moved in first; the month file then fails for good.
    arm({ op: 'rename', match: join(dir, 'records', 'visits', '2026-11.json'), code: 'EIO' });
    await expect(store.restoreBackup(backup)).rejects.toMatchObject({ code: 'store.restoreIncomplete' });
    expect(store.readOnly?.reason).toBe('restoreIncomplete');
    await expect(
      store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('lost'))),
    ).rejects.toMatchObject({ code: 'store.readOnly' });
    await store.close();
    expect(existsSync(join(dir, '.restore-staging', 'COMPLETE.json'))).toBe(true);

    arm(null);
    const reopened = await open(fs);
    expect(reopened.readOnly).toBeNull();
    expect(peopleOf(reopened)).toEqual(['old']);
    expect((await reopened.shard('visits', '2026-11')).records.map((r) => r.id)).toEqual(['v']);
    await reopened.close();
    expect(existsSync(join(dir, '.restore-staging'))).toBe(false);
    expect((await verifyStore(dir, { schemas: testSchemas })).problems).toEqual([]);
  });

  it('opens read-only with the records when the swap keeps failing at every start', async () => {
    const { fs, arm } = faultyFs();
    const backup = await prepare(fs);
    const store = await open(fs);
    arm({ op: 'rename', match: join(dir, 'records', 'visits', '2026-11.json'), code: 'EIO' });
    await expect(store.restoreBackup(backup)).rejects.toMatchObject({ code: 'store.restoreIncomplete' });
    await store.close();

    // The month file still cannot be moved in: staff can read, not change, start after start.
    for (let start = 0; start < 2; start++) {
      const reopened = await open(fs);
      expect(reopened.readOnly?.reason).toBe('restoreIncomplete');
      expect(reopened.readOnly?.files[0]).toMatchObject({ file: '.restore-staging', problem: 'writeFailed' });
      expect(peopleOf(reopened)).toEqual(['old']);
      await expect(
        reopened.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('x'))),
      ).rejects.toMatchObject({ code: 'store.readOnly' });
      await reopened.close();
      expect(existsSync(join(dir, '.restore-staging', 'COMPLETE.json'))).toBe(true);
    }

    arm(null);
    const finished = await open(fs);
    expect(finished.readOnly).toBeNull();
    expect(peopleOf(finished)).toEqual(['old']);
    expect((await finished.shard('visits', '2026-11')).records.map((r) => r.id)).toEqual(['v']);
    await finished.close();
    // Nothing of the current log was written into the restored files meanwhile.
    expect((await verifyStore(dir, { schemas: testSchemas })).problems).toEqual([]);
  });

  it('a failure while staging (disk full) changes nothing and the store stays writable', async () => {
    const { fs, arm } = faultyFs();
    const backup = await prepare(fs);
    const store = await open(fs);
    arm({ op: 'write', match: '.restore-staging', code: 'ENOSPC' });
    await expect(store.restoreBackup(backup)).rejects.toMatchObject({ code: 'store.diskFull' });
    arm(null);
    expect(store.readOnly).toBeNull();
    expect(peopleOf(store)).toEqual(['old', 'new']);
    expect(existsSync(join(dir, '.restore-staging'))).toBe(false);
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('more')));
    await store.close();
  });
});
