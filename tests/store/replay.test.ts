import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, verifyStore, type AuditEntry, type Change } from '../../electron/core/store';
import { sealEntry } from '../../electron/core/store/audit';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { attendance, person, readJson, tempDir } from './helpers';

let root: string;
let dir: string;
let cleanup: () => void;
beforeEach(() => {
  clock = new Date(2026, 10, 15, 9, 30);
  ({ dir: root, cleanup } = tempDir());
  dir = join(root, 'data');
  mkdirSync(dir);
});
afterEach(() => cleanup());

let clock = new Date(2026, 10, 15, 9, 30);
const open = () => openStore<TestCore>({ dir, schemas: testSchemas, now: () => clock });
const auditPath = (period = '2026-11') => join(dir, 'audit', `${period}.jsonl`);
const ids = (core: Readonly<TestCore>) => core.people.map((p) => p.id);

/** Append an entry as anyone could: the chain is plain sha256, recomputed from the last line. */
function forgeEntry(changes: unknown[]): void {
  const lines = readFileSync(auditPath(), 'utf8').trimEnd().split('\n');
  const last = JSON.parse(lines.at(-1)!) as AuditEntry;
  const entry = sealEntry(last.hash, {
    seq: last.seq + 1,
    at: new Date().toISOString(),
    actor: 'x',
    action: 'forged',
    summary: '',
    schemaVersion: 1,
    changes: changes as Change[],
  });
  writeFileSync(auditPath(), [...lines, JSON.stringify(entry), ''].join('\n'));
}

async function seedPeople(...people: string[]): Promise<void> {
  const store = await open();
  for (const id of people)
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person(id)));
  await store.close();
}

describe('replay refuses changes the store never writes', () => {
  it('never writes outside the data folder when an entry points there', async () => {
    await seedPeople('1');
    const before = readFileSync(join(dir, 'core.json'));
    forgeEntry([
      {
        file: '../outside.json',
        op: 'putShard',
        kind: 'attendance',
        period: '2026-11',
        record: attendance('a', '2026-11-02'),
      },
    ]);
    const store = await open();
    expect(existsSync(join(root, 'outside.json'))).toBe(false);
    expect(store.readOnly).toMatchObject({
      reason: 'auditBroken',
      files: [
        {
          file: 'audit/2026-11.jsonl',
          problem: 'unsafeChange',
          detail: expect.stringContaining('../outside.json') as unknown,
        },
      ],
    });
    await store.close();
    expect(readFileSync(join(dir, 'core.json'))).toEqual(before);
    expect(readdirSync(join(dir, 'records'))).toEqual([]);
    expect((await verifyStore(dir, { schemas: testSchemas })).problems).toContainEqual(
      expect.objectContaining({ code: 'store.verify.unsafeChange' }),
    );
  });

  it('refuses an entry whose record its schema rejects, writing nothing', async () => {
    await seedPeople('1');
    const before = readFileSync(join(dir, 'core.json'));
    forgeEntry([{ file: 'core.json', op: 'put', collection: 'people', record: { id: 'p9', name: 42 } }]);
    const store = await open();
    expect(store.readOnly).toMatchObject({ reason: 'auditBroken', files: [{ problem: 'unsafeChange' }] });
    expect(ids(store.core)).toEqual(['1']);
    await store.close();
    expect(readFileSync(join(dir, 'core.json'))).toEqual(before);
  });

  it.each([
    ['an unknown kind', { kind: 'secrets', period: '2026-11', record: { id: 's' } }],
    ['the wrong month', { kind: 'attendance', period: '2026-11', record: attendance('a', '2026-10-31') }],
    ['a file not its own', { kind: 'attendance', period: '2026-10', record: attendance('a', '2026-10-31') }],
  ])('refuses a shard change for %s', async (_, change) => {
    await seedPeople('1');
    const file = `records/${change.kind}/2026-11.json`;
    forgeEntry([{ file, op: 'putShard', ...change }]);
    const store = await open();
    expect(store.readOnly).toEqual({
      reason: 'auditBroken',
      files: [
        { file: 'audit/2026-11.jsonl', problem: 'unsafeChange', detail: expect.any(String) as unknown },
      ],
    });
    await store.close();
    expect(existsSync(join(dir, file))).toBe(false);
  });

  it('still replays a well-formed entry the files have not caught up with', async () => {
    await seedPeople('1');
    forgeEntry([{ file: 'core.json', op: 'put', collection: 'people', record: person('2') }]);
    const store = await open();
    expect(store.readOnly).toBeNull();
    expect(ids(store.core)).toEqual(['1', '2']);
    await store.close();
  });
});

describe('recovery replays every entry a file is behind', () => {
  it('restores a file two lost renames behind, and verify notices before that', async () => {
    await seedPeople('1');
    const afterFirst = readFileSync(join(dir, 'core.json'));
    await seedPeople('2', '3');
    writeFileSync(join(dir, 'core.json'), afterFirst); // the renames of changes 2 and 3 were lost

    const problems = (await verifyStore(dir, { schemas: testSchemas })).problems;
    expect(problems).toEqual([
      {
        file: 'core.json',
        code: 'store.verify.behind',
        params: { file: 'core.json', appliedSeq: 1, lastSeq: 3 },
      },
    ]);

    const store = await open();
    expect(store.readOnly).toBeNull();
    expect(ids(store.core)).toEqual(['1', '2', '3']);
    await store.close();
    expect(readJson(join(dir, 'core.json')).appliedSeq).toBe(3);
    expect(await verifyStore(dir, { schemas: testSchemas })).toEqual({ ok: true, problems: [] });
  });

  it('replays a month file behind by entries of several months, reading older audit months', async () => {
    const months = [7, 8, 9, 10];
    let saved: Buffer | null = null;
    for (const [index, month] of months.entries()) {
      clock = new Date(2026, month, 3, 9);
      const store = await open();
      await store.mutate({ actor: 'x', action: 'add' }, (tx) => {
        tx.put('core', 'people', person(String(index)));
        tx.put(
          { kind: 'attendance', period: '2026-07' },
          attendance(`a${index}`, '2026-07-20', String(index)),
        );
      });
      await store.close();
      if (index === 0) {
        saved = readFileSync(join(dir, 'core.json'));
        writeFileSync(
          join(root, 'shard-after-first.json'),
          readFileSync(join(dir, 'records/attendance/2026-07.json')),
        );
      }
    }
    writeFileSync(join(dir, 'core.json'), saved!);
    writeFileSync(
      join(dir, 'records/attendance/2026-07.json'),
      readFileSync(join(root, 'shard-after-first.json')),
    );
    expect((await verifyStore(dir, { schemas: testSchemas })).ok).toBe(false);

    const store = await open();
    expect(store.readOnly).toBeNull();
    expect(ids(store.core)).toEqual(['0', '1', '2', '3']);
    expect((await store.shard('attendance', '2026-07')).records.map((r) => r.id)).toEqual([
      'a0',
      'a1',
      'a2',
      'a3',
    ]);
    await store.close();
    expect(await verifyStore(dir, { schemas: testSchemas })).toEqual({ ok: true, problems: [] });
  });
});

describe('replay across a model upgrade', () => {
  it('migrates an older entry before replaying it, instead of skipping it', async () => {
    const { testSchemasV2 } = await import('./fixtures/test-schemas');
    const rename = {
      version: 2,
      name: 'rename-full-name',
      core: (doc: Record<string, unknown>) => ({
        ...doc,
        people: ((doc.people ?? []) as { fullName: string }[]).map(({ fullName, ...rest }) => ({
          ...rest,
          name: fullName,
        })),
      }),
      shard: (doc: Record<string, unknown>) => doc,
    };
    // Version 1 wrote two changes; the rename of the second one's core.json was lost.
    const put = (id: string, fullName: string): Change =>
      ({ file: 'core.json', op: 'put', collection: 'people', record: { id, fullName } }) as unknown as Change;
    const body = (seq: number, changes: Change[]) => ({
      seq,
      at: '2026-11-01T00:00:00.000Z',
      actor: 'x',
      action: 'add',
      summary: '',
      schemaVersion: 1,
      changes,
    });
    const first = sealEntry('0'.repeat(64), body(1, [put('p1', '张三')]));
    const second = sealEntry(first.hash, body(2, [put('p2', '李四')]));
    mkdirSync(join(dir, 'audit'));
    writeFileSync(auditPath(), `${JSON.stringify(first)}\n${JSON.stringify(second)}\n`);
    writeFileSync(
      join(dir, 'core.json'),
      JSON.stringify({
        schemaVersion: 1,
        appliedSeq: 1,
        center: null,
        settings: { language: 'zh-CN' },
        people: [{ id: 'p1', fullName: '张三' }],
        stays: [],
      }),
    );
    const store = await openStore<TestCore>({
      dir,
      schemas: testSchemasV2,
      migrations: [rename],
      now: () => clock,
    });
    expect(store.readOnly).toBeNull();
    expect(store.core.people).toEqual([
      { id: 'p1', name: '张三' },
      { id: 'p2', name: '李四' },
    ]);
    await store.close();
    expect(readJson(join(dir, 'core.json'))).toMatchObject({ schemaVersion: 2, appliedSeq: 2 });
  });
});
