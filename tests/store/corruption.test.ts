import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, verifyStore, type Store } from '../../electron/core/store';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { attendance, listQuarantine, person, readJson, tempDir } from './helpers';

const now = () => new Date(2026, 10, 15, 9, 30);
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const open = () => openStore<TestCore>({ dir, schemas: testSchemas, now });

/** Three mutations touching core and the current month's attendance shard. */
async function seed(): Promise<void> {
  const store = await open();
  for (const id of ['1', '2', '3']) {
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => {
      tx.put('core', 'people', person(id));
      tx.put({ kind: 'attendance', period: '2026-11' }, attendance(id, '2026-11-10'));
    });
  }
  await store.close();
}

async function expectRefusesWrites(store: Store<TestCore>): Promise<void> {
  await expect(
    store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('9'))),
  ).rejects.toMatchObject({
    code: 'store.readOnly',
  });
}

/** The damaged bytes must survive, byte for byte, somewhere in quarantine/. */
function expectInQuarantine(bytes: Buffer): void {
  const copies = listQuarantine(dir).map((name) => readFileSync(join(dir, 'quarantine', name)));
  expect(copies.some((copy) => copy.equals(bytes))).toBe(true);
}

const DAMAGE: [string, (original: string) => string, string][] = [
  ['truncated', (text) => text.slice(0, Math.floor(text.length / 2)), 'unparsable'],
  ['garbage', () => '\u0000\u00ff not json at all', 'unparsable'],
  ['empty', () => '', 'empty'],
  [
    'wrong-shape',
    (text) => JSON.stringify({ ...JSON.parse(text), people: 'nobody', records: { a: 1 } }),
    'invalid',
  ],
];

describe('corruption on open', () => {
  for (const file of ['core.json', 'records/attendance/2026-11.json']) {
    for (const [name, damage, problem] of DAMAGE) {
      it(`${name} ${file}: moved to quarantine, reported by name, read-only`, async () => {
        await seed();
        const path = join(dir, file);
        writeFileSync(path, damage(readFileSync(path, 'utf8')));
        const damaged = readFileSync(path);

        const store = await open();
        expect(store.readOnly).toMatchObject({ reason: 'quarantined', files: [{ file, problem }] });
        expect(existsSync(path)).toBe(false);
        expectInQuarantine(damaged);
        await expectRefusesWrites(store);
        await store.close();

        // Next time the file is missing, which the audit log notices: still read-only, nothing recreated.
        const again = await open();
        expect(again.readOnly).toMatchObject({
          reason: 'missingData',
          files: [{ file, problem: 'missing' }],
        });
        await again.close();
        expect(existsSync(path)).toBe(false);
        expect((await verifyStore(dir, { schemas: testSchemas })).problems).toContainEqual(
          expect.objectContaining({ file, code: 'store.verify.missing' }),
        );
      });
    }
  }

  it('refuses a file from a newer version without moving it', async () => {
    await seed();
    const path = join(dir, 'core.json');
    writeFileSync(path, JSON.stringify({ ...readJson(path), schemaVersion: 2 }));
    const before = readFileSync(path);
    const store = await open();
    expect(store.readOnly).toEqual({
      reason: 'newerVersion',
      files: [{ file: 'core.json', problem: 'newerVersion' }],
    });
    await expectRefusesWrites(store);
    await store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect((await verifyStore(dir, { schemas: testSchemas })).problems).toEqual([
      { file: 'core.json', code: 'store.verify.newerVersion', params: { file: 'core.json', version: 2 } },
    ]);
  });

  it('quarantines a damaged old month when it is first loaded', async () => {
    // Written three audit months ago: outside the log read at open, so not loaded then.
    let clock = new Date(2026, 6, 1);
    const store = await openStore<TestCore>({ dir, schemas: testSchemas, now: () => clock });
    await store.mutate(
      { actor: 'x', action: 'add' },
      (tx) => void tx.put({ kind: 'visits', period: '2025-01' }, attendance('v', '2025-01-05')),
    );
    clock = new Date(2026, 8, 1);
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('0')));
    clock = now();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('1')));
    await store.close();
    writeFileSync(join(dir, 'records/visits/2025-01.json'), '{"schemaVersion":1,');
    const reopened = await open();
    expect(reopened.readOnly).toBeNull(); // old months are not read at open
    await expect(reopened.shard('visits', '2025-01')).rejects.toMatchObject({ code: 'store.readOnly' });
    expect(reopened.readOnly).toMatchObject({
      reason: 'quarantined',
      files: [{ file: 'records/visits/2025-01.json', problem: 'unparsable' }],
    });
    expectInQuarantine(Buffer.from('{"schemaVersion":1,'));
    await reopened.close();
  });
});

describe('audit log damage', () => {
  const auditPath = () => join(dir, 'audit', '2026-11.jsonl');
  const lines = () => readFileSync(auditPath(), 'utf8').trimEnd().split('\n');

  async function expectAuditBroken(problem: string, seq?: number): Promise<void> {
    const damaged = readFileSync(auditPath());
    const store = await open();
    expect(store.readOnly).toMatchObject({
      reason: 'auditBroken',
      files: [{ file: 'audit/2026-11.jsonl', problem }],
    });
    await expectRefusesWrites(store);
    await store.close();
    expect(readFileSync(auditPath()).equals(damaged)).toBe(true); // left in place
    expectInQuarantine(damaged);
    const verified = await verifyStore(dir, { schemas: testSchemas });
    expect(verified.ok).toBe(false);
    if (seq !== undefined) {
      expect(verified.problems).toContainEqual(
        expect.objectContaining({
          file: 'audit/2026-11.jsonl',
          code: 'store.verify.brokenChain',
          params: expect.objectContaining({ seq }) as unknown,
        }),
      );
    }
  }

  it('detects an edited entry (first broken seq and file)', async () => {
    await seed();
    const all = lines();
    all[1] = all[1]!.replace('"actor":"x"', '"actor":"mallory"');
    writeFileSync(auditPath(), `${all.join('\n')}\n`);
    await expectAuditBroken('brokenChain', 2);
  });

  it('detects a deleted entry in the middle', async () => {
    await seed();
    const all = lines();
    writeFileSync(auditPath(), `${[all[0], all[2]].join('\n')}\n`);
    await expectAuditBroken('brokenChain', 2);
  });

  it('detects a deleted last entry (files are ahead of the log)', async () => {
    await seed();
    writeFileSync(auditPath(), `${lines().slice(0, 2).join('\n')}\n`);
    await expectAuditBroken('appliedAhead');
    expect((await verifyStore(dir, { schemas: testSchemas })).problems).toContainEqual(
      expect.objectContaining({ file: 'core.json', code: 'store.verify.appliedAhead' }),
    );
  });

  it('drops a torn last line from a crash, keeping its bytes in quarantine', async () => {
    await seed();
    const torn = '{"seq":4,"at":"2026-11-15T01:30:00.000Z","actor":"x","act';
    appendFileSync(auditPath(), torn);
    expect((await verifyStore(dir, { schemas: testSchemas })).problems).toEqual([
      { file: 'audit/2026-11.jsonl', code: 'store.verify.tornTail', params: { file: 'audit/2026-11.jsonl' } },
    ]);
    const store = await open();
    expect(store.readOnly).toBeNull();
    expect(store.seq).toBe(3);
    expectInQuarantine(Buffer.from(torn));
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('4')));
    await store.close();
    expect(lines()).toHaveLength(4);
    expect(await verifyStore(dir, { schemas: testSchemas })).toEqual({ ok: true, problems: [] });
  });

  it('re-applies the last entry to a file left behind by a crash between files', async () => {
    const store = await open();
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('1')));
    const oldCore = readFileSync(join(dir, 'core.json'));
    await store.mutate({ actor: 'x', action: 'both' }, (tx) => {
      tx.put('core', 'people', person('2'));
      tx.put({ kind: 'attendance', period: '2026-11' }, attendance('2', '2026-11-12'));
    });
    await store.close();
    writeFileSync(join(dir, 'core.json'), oldCore); // as if the crash came before core.json was renamed

    const reopened = await open();
    expect(reopened.readOnly).toBeNull();
    expect(
      (reopened.core as { people: { id: string }[]; appliedSeq: number }).people.map((p) => p.id),
    ).toEqual(['1', '2']);
    expect(readJson(join(dir, 'core.json')).appliedSeq).toBe(2);
    await reopened.close();
    expect((await verifyStore(dir, { schemas: testSchemas })).ok).toBe(true);
  });

  it('verifyStore runs extra referential checks', async () => {
    await seed();
    const result = await verifyStore(dir, {
      schemas: testSchemas,
      extraChecks: async (core, loadShard) => {
        const shard = await loadShard('attendance', '2026-11');
        const people = new Set((core.people as { id: string }[]).map((p) => p.id));
        return (shard?.records ?? [])
          .filter((r) => !people.has(String(r.personId)))
          .map((r) => ({
            file: 'records/attendance/2026-11.json',
            code: 'store.verify.orphan',
            params: { id: r.id },
          }));
      },
    });
    expect(result.problems).toEqual([
      { file: 'records/attendance/2026-11.json', code: 'store.verify.orphan', params: { id: '1' } },
      { file: 'records/attendance/2026-11.json', code: 'store.verify.orphan', params: { id: '2' } },
      { file: 'records/attendance/2026-11.json', code: 'store.verify.orphan', params: { id: '3' } },
    ]);
  });
});
