/**
 * core.json caught up from the log: a core change is durable once its audit
 * line is synced, and core.json (megabytes after years) is rewritten later —
 * after a quiet moment, once enough changes wait, before a backup, on close.
 * Nothing acknowledged may be lost on the way, whatever fails.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, verifyStore, type StoreOptions } from '../../electron/core/store';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { attendance, faultyFs, person, readArchive, readJson, tempDir } from './helpers';

const now = () => new Date(2026, 10, 15, 9, 30);
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const coreOnDisk = () => readJson<{ appliedSeq: number; people: { id: string }[] }>(join(dir, 'core.json'));
const peopleOnDisk = () => coreOnDisk().people.map((p) => p.id);

function open(coreWrites: StoreOptions['coreWrites'], fs?: StoreOptions['fs']) {
  return openStore<TestCore>({ dir, schemas: testSchemas, now, coreWrites, ...(fs ? { fs } : {}) });
}

const addPerson = (store: Awaited<ReturnType<typeof open>>, id: string) =>
  store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person(id)));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('core.json caught up from the log', () => {
  it('is not rewritten by each change, and is after a quiet moment', async () => {
    const store = await open({ idleMs: 50, maxEntries: 100 });
    await addPerson(store, 'a');
    await addPerson(store, 'b');
    expect(peopleOnDisk()).toEqual([]);
    expect(store.core.people.map((p) => p.id)).toEqual(['a', 'b']);
    await expect.poll(peopleOnDisk, { timeout: 2000 }).toEqual(['a', 'b']);
    expect(coreOnDisk().appliedSeq).toBe(store.seq);
    await store.close();
  });

  it('is rewritten straight after the change that makes too many wait', async () => {
    const store = await open({ idleMs: 60_000, maxEntries: 3 });
    await addPerson(store, 'a');
    await addPerson(store, 'b');
    expect(peopleOnDisk()).toEqual([]);
    await addPerson(store, 'c');
    // Queued behind the change: the next call to the store waits for it.
    await store.stats();
    expect(peopleOnDisk()).toEqual(['a', 'b', 'c']);
    await store.close();
  });

  it('is rewritten on close and before a backup, so the backup holds every change', async () => {
    const store = await open({ idleMs: 60_000, maxEntries: 100 });
    await addPerson(store, 'a');
    const backup = await store.createBackup('manual');
    expect(peopleOnDisk()).toEqual(['a']);
    const archive = await readArchive(backup.path);
    const core = JSON.parse(archive.files.get('core.json')?.toString('utf8') ?? '{}') as {
      people: { id: string }[];
    };
    expect(core.people.map((p) => p.id)).toEqual(['a']);
    await addPerson(store, 'b');
    expect(peopleOnDisk()).toEqual(['a']);
    await store.close();
    expect(peopleOnDisk()).toEqual(['a', 'b']);
    expect((await verifyStore(dir, { schemas: testSchemas })).problems).toEqual([]);
  });

  it('loses nothing when the process ends before core.json caught up: the next open replays the log', async () => {
    const store = await open({ idleMs: 60_000, maxEntries: 100 });
    await addPerson(store, 'a');
    await store.mutate({ actor: 'x', action: 'both' }, (tx) => {
      tx.put('core', 'people', person('b'));
      tx.put({ kind: 'attendance', period: '2026-11' }, attendance('b1', '2026-11-15', 'b'));
    });
    expect(peopleOnDisk()).toEqual([]);
    // No close: the process is gone. Its lock is left for the next open to judge stale.
    for (const name of readdirSync(dir)) if (name.startsWith('.lock')) unlinkSync(join(dir, name));

    const reopened = await open({ idleMs: 60_000, maxEntries: 100 });
    expect(reopened.readOnly).toBeNull();
    expect(reopened.core.people.map((p) => p.id)).toEqual(['a', 'b']);
    expect((await reopened.shard('attendance', '2026-11')).records.map((r) => r.id)).toEqual(['b1']);
    // The replay wrote what it replayed.
    expect(peopleOnDisk()).toEqual(['a', 'b']);
    await reopened.close();
    expect((await verifyStore(dir, { schemas: testSchemas })).problems).toEqual([]);
  });

  for (const op of ['write', 'fsync', 'rename'] as const) {
    it(`keeps every acknowledged change when the rewrite fails (ENOSPC on ${op}), and writes it later`, async () => {
      const { fs, arm } = faultyFs();
      const store = await open({ idleMs: 20, maxEntries: 100 }, fs);
      arm({ op, match: 'core.json', code: 'ENOSPC' });
      await addPerson(store, 'a');
      await sleep(150);
      // The rewrite failed; the change stands, in memory and in the log, and the store stays writable.
      expect(peopleOnDisk()).toEqual([]);
      expect(store.readOnly).toBeNull();
      expect(store.core.people.map((p) => p.id)).toEqual(['a']);
      arm(null);
      await addPerson(store, 'b');
      await expect.poll(peopleOnDisk, { timeout: 2000 }).toEqual(['a', 'b']);
      await store.close();
      expect((await verifyStore(dir, { schemas: testSchemas })).problems).toEqual([]);
    });
  }

  it('with every change, when asked: core.json is rewritten within the change', async () => {
    const store = await open('eager');
    await addPerson(store, 'a');
    expect(peopleOnDisk()).toEqual(['a']);
    await store.close();
  });
});
