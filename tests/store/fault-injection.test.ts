import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CareError } from '../../shared/errors';
import {
  nodeFileSystem,
  openStore,
  verifyStore,
  type FileSystem,
  type Store,
} from '../../electron/core/store';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { attendance, faultyFs, person, snapshot, tempDir } from './helpers';

const now = () => new Date(2026, 10, 15, 9, 30);
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const EXPECTED: Record<string, string> = {
  ENOSPC: 'store.diskFull',
  EACCES: 'store.permissionDenied',
  EIO: 'store.ioError',
};

const TARGETS = [
  { name: 'core file', match: 'core.json', file: 'core.json', ops: ['write', 'fsync', 'rename'] },
  {
    name: 'shard file',
    match: 'attendance',
    file: 'records/attendance/2026-11.json',
    ops: ['write', 'fsync', 'rename'],
  },
  { name: 'audit append', match: '.jsonl', file: 'audit/2026-11.jsonl', ops: ['write', 'fsync'] },
  // The rename has landed but the folder fsync fails: the new bytes are on disk and must be put back.
  { name: 'shard folder', match: 'attendance', file: 'records/attendance/2026-11.json', ops: ['syncDir'] },
] as const;

async function memoryOf(store: Store<TestCore>): Promise<string> {
  return JSON.stringify([store.core, await store.shard('attendance', '2026-11'), store.seq]);
}

/** A mutation touching core and a shard, so a failure can strike between files. */
const touchBoth = (store: Store<TestCore>, id: string) =>
  store.mutate({ actor: 'x', action: 'both' }, (tx) => {
    tx.put('core', 'people', person(id));
    tx.put({ kind: 'attendance', period: '2026-11' }, attendance(id, '2026-11-15'));
  });

describe('fault injection', () => {
  for (const target of TARGETS) {
    for (const op of target.ops) {
      for (const code of Object.keys(EXPECTED)) {
        it(`${code} on ${op} of the ${target.name} leaves memory and files unchanged`, async () => {
          const { fs, arm } = faultyFs();
          // core.json is written within the change only when asked to (core-checkpoint.test.ts has the other way).
          const coreWrites = target.name === 'core file' ? 'eager' : undefined;
          const store = await openStore<TestCore>({ dir, schemas: testSchemas, now, fs, coreWrites });
          await touchBoth(store, 'before');
          const files = snapshot(dir);
          const memory = await memoryOf(store);

          arm({ op, match: target.match, code, once: op === 'syncDir' });
          const error = await touchBoth(store, 'failing').catch((e: unknown) => e);
          arm(null);

          expect(error).toBeInstanceOf(CareError);
          expect((error as CareError).code).toBe(EXPECTED[code]);
          expect((error as CareError).params.file).toBe(target.file);
          expect(snapshot(dir)).toEqual(files);
          expect(await memoryOf(store)).toBe(memory);
          expect(store.readOnly).toBeNull();

          // The store carries on normally once the disk behaves again.
          await touchBoth(store, 'after');
          await store.close();
          expect((await verifyStore(dir, { schemas: testSchemas })).problems).toEqual([]);
          const reopened = await openStore<TestCore>({ dir, schemas: testSchemas, now });
          const ids = (reopened.core as { people: { id: string }[] }).people.map((p) => p.id);
          expect(ids).toEqual(['before', 'after']);
          await reopened.close();
        });
      }
    }
  }

  it('fails into read-only when the rollback itself fails, says so, and recovers on next open', async () => {
    let armed = false;
    let diskDied = false;
    const broken = () => Object.assign(new Error('EIO: injected'), { code: 'EIO' });
    const fs: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        if (armed && to.includes('attendance')) diskDied = true;
        if (diskDied) throw broken();
        return nodeFileSystem.rename(from, to);
      },
      open: async (path, flags) => {
        // Once the disk has died nothing can be put back or cut back either.
        if (diskDied) throw broken();
        return nodeFileSystem.open(path, flags);
      },
    };
    const store = await openStore<TestCore>({ dir, schemas: testSchemas, now, fs });
    await touchBoth(store, 'before');
    armed = true;
    const error = await touchBoth(store, 'stuck').catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'store.rollbackFailed',
      params: { file: 'records/attendance/2026-11.json' },
    });
    expect(store.readOnly).toMatchObject({ reason: 'rollbackFailed' });
    await expect(touchBoth(store, 'refused')).rejects.toMatchObject({ code: 'store.readOnly' });
    await store.close();

    // The logged entry was half applied (core written, shard not): the next open replays it.
    const reopened = await openStore<TestCore>({ dir, schemas: testSchemas, now });
    expect(reopened.readOnly).toBeNull();
    expect((reopened.core as { people: { id: string }[] }).people.map((p) => p.id)).toEqual([
      'before',
      'stuck',
    ]);
    expect((await reopened.shard('attendance', '2026-11')).records.map((r) => r.id)).toEqual([
      'before',
      'stuck',
    ]);
    await reopened.close();
    expect((await verifyStore(dir, { schemas: testSchemas })).problems).toEqual([]);
  });
});
