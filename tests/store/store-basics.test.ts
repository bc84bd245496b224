import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { CareError } from '../../shared/errors';
import { DurableJsonFile, nodeFileSystem, openStore, verifyStore } from '../../electron/core/store';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { attendance, person, readJson, tempDir } from './helpers';

const now = () => new Date(2026, 10, 15, 9, 30);
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const open = () => openStore<TestCore>({ dir, schemas: testSchemas, now });

describe('store basics', () => {
  it('creates an empty core with schemaVersion and appliedSeq on first open', async () => {
    const store = await open();
    expect(store.readOnly).toBeNull();
    const core = readJson(join(dir, 'core.json'));
    expect(core).toMatchObject({ schemaVersion: 1, appliedSeq: 0, center: null, people: [] });
    await store.close();
  });

  it('DurableJsonFile works as a lowdb adapter', async () => {
    const db = new Low(new DurableJsonFile<{ n: number }>(nodeFileSystem, join(dir, 'x.json')), { n: 0 });
    await db.read();
    db.data.n = 5;
    await db.write();
    const again = new Low(new DurableJsonFile<{ n: number }>(nodeFileSystem, join(dir, 'x.json')), { n: 0 });
    await again.read();
    expect(again.data.n).toBe(5);
  });

  it('commits core puts, singletons and shard puts, durably and in one audit entry', async () => {
    const store = await open();
    const result = await store.mutate({ actor: 'admin', action: 'test.multi' }, (tx) => {
      tx.put('core', 'people', person('p1'));
      tx.set('center', { name: '幸福院' });
      tx.put({ kind: 'attendance', period: '2026-11' }, attendance('a1', '2026-11-15'));
      return 'done';
    });
    expect(result).toBe('done');
    expect((store.core as { people: unknown[] }).people).toEqual([person('p1')]);
    expect((await store.shard('attendance', '2026-11')).records).toHaveLength(1);
    await store.close();

    const reopened = await open();
    expect((reopened.core as { center: unknown }).center).toEqual({ name: '幸福院' });
    const shard = await reopened.shard('attendance', '2026-11');
    expect(shard).toMatchObject({ schemaVersion: 1, kind: 'attendance', period: '2026-11', appliedSeq: 1 });
    const audit = readFileSync(join(dir, 'audit', '2026-11.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!)).toMatchObject({ seq: 1, actor: 'admin', action: 'test.multi' });
    await reopened.close();
    expect(await verifyStore(dir, { schemas: testSchemas })).toEqual({ ok: true, problems: [] });
  });

  it('upserts by id and keeps order', async () => {
    const store = await open();
    for (const id of ['a', 'b', 'c'])
      await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person(id)));
    await store.mutate(
      { actor: 'x', action: 'rename' },
      (tx) => void tx.put('core', 'people', person('b', 'Bee')),
    );
    expect((store.core as { people: { id: string; name: string }[] }).people.map((p) => p.name)).toEqual([
      'P a',
      'Bee',
      'P c',
    ]);
    await store.close();
  });

  it('refuses invalid records with field paths and codes, changing nothing', async () => {
    const store = await open();
    const error = await store
      .mutate({ actor: 'x', action: 'bad' }, (tx) => void tx.put('core', 'people', { id: 'p1', name: '' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CareError);
    expect((error as CareError).code).toBe('validation.invalid');
    expect((error as CareError).fields).toEqual([{ path: 'name', code: 'validation.required' }]);
    expect(store.seq).toBe(0);
    await store.close();
  });

  it('refuses a shard record filed under the wrong month', async () => {
    const store = await open();
    await expect(
      store.mutate(
        { actor: 'x', action: 'bad' },
        (tx) => void tx.put({ kind: 'attendance', period: '2026-10' }, attendance('a', '2026-11-01')),
      ),
    ).rejects.toMatchObject({ code: 'store.wrongPeriod' });
    await store.close();
  });

  it('voids instead of deleting and refuses to void twice or to un-void', async () => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => {
      tx.put('core', 'stays', { id: 's1', personId: 'p1' });
      tx.put({ kind: 'attendance', period: '2026-11' }, attendance('a1', '2026-11-02'));
    });
    await store.mutate({ actor: 'x', action: 'void' }, async (tx) => {
      await tx.void('core', 'stays', 's1', { by: 'admin', reason: '录错' });
      await tx.void({ kind: 'attendance', period: '2026-11' }, 'attendance', 'a1', {
        by: 'admin',
        reason: '重复',
      });
    });
    const stays = (store.core as { stays: { voided?: unknown }[] }).stays;
    expect(stays[0]?.voided).toEqual({ at: now().toISOString(), by: 'admin', reason: '录错' });
    expect((await store.shard('attendance', '2026-11')).records[0]?.voided).toMatchObject({ reason: '重复' });
    await expect(
      store.mutate({ actor: 'x', action: 'void' }, (tx) =>
        tx.void('core', 'stays', 's1', { by: 'a', reason: 'b' }),
      ),
    ).rejects.toMatchObject({ code: 'store.alreadyVoided' });
    await expect(
      store.mutate(
        { actor: 'x', action: 'unvoid' },
        (tx) => void tx.put('core', 'stays', { id: 's1', personId: 'p1' }),
      ),
    ).rejects.toMatchObject({ code: 'store.cannotUnvoid' });
    await expect(
      store.mutate({ actor: 'x', action: 'void' }, (tx) =>
        tx.void('core', 'stays', 'nope', { by: 'a', reason: 'b' }),
      ),
    ).rejects.toMatchObject({ code: 'store.recordNotFound' });
    expect(stays).toHaveLength(1);
    await store.close();
  });

  it('chains audit entries across months', async () => {
    let clock = new Date(2026, 10, 30, 23, 0);
    const store = await openStore<TestCore>({ dir, schemas: testSchemas, now: () => clock });
    await store.mutate({ actor: 'x', action: 'a' }, (tx) => void tx.put('core', 'people', person('1')));
    clock = new Date(2026, 11, 1, 8, 0);
    await store.mutate({ actor: 'x', action: 'b' }, (tx) => void tx.put('core', 'people', person('2')));
    await store.close();
    const nov = readJson(join(dir, 'audit', '2026-11.jsonl'));
    const dec = readJson(join(dir, 'audit', '2026-12.jsonl'));
    expect(dec.prev).toBe(nov.hash);
    expect((await verifyStore(dir, { schemas: testSchemas })).ok).toBe(true);
  });

  it('reports counts and sizes in stats()', async () => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'a' }, (tx) => {
      tx.put('core', 'people', person('1'));
      tx.put({ kind: 'visits', period: '2026-10' }, attendance('v1', '2026-10-03'));
      tx.put({ kind: 'visits', period: '2026-10' }, attendance('v2', '2026-10-04'));
    });
    const stats = await store.stats();
    expect(stats.collections).toEqual({ people: 1, stays: 0 });
    expect(stats.kinds).toEqual({ visits: 2 });
    expect(stats.shards).toEqual([
      { kind: 'visits', period: '2026-10', records: 2, bytes: expect.any(Number) as unknown },
    ]);
    expect(stats.files.map((f) => f.file).sort()).toEqual([
      'audit/2026-11.jsonl',
      'core.json',
      'records/visits/2026-10.json',
    ]);
    expect(stats.totalBytes).toBe(stats.files.reduce((s, f) => s + f.bytes, 0));
    await store.close();
  });
});
