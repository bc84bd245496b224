import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, verifyStore } from '../../electron/core/store';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { attendance, person, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** One mutation in each of four months, each at its own clock, so the audit log spans four files. */
async function seedFourMonths(): Promise<void> {
  for (const [month, id] of [
    [7, 'a'],
    [8, 'b'],
    [9, 'c'],
    [10, 'd'],
  ] as const) {
    const store = await openStore<TestCore>({
      dir,
      schemas: testSchemas,
      now: () => new Date(2026, month, 5),
    });
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => {
      tx.put('core', 'people', person(id));
      tx.put(
        { kind: 'attendance', period: `2026-${String(month + 1).padStart(2, '0')}` },
        attendance(id, `2026-${String(month + 1).padStart(2, '0')}-05`),
      );
    });
    await store.close();
  }
}

const openNow = () => openStore<TestCore>({ dir, schemas: testSchemas, now: () => new Date(2026, 10, 20) });

function editAuditLine(period: string, edit: (entry: Record<string, unknown>) => void): void {
  const path = join(dir, 'audit', `${period}.jsonl`);
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  const entry = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
  edit(entry);
  lines[0] = JSON.stringify(entry);
  writeFileSync(path, `${lines.join('\n')}\n`);
}

describe('opening reads only the recent audit months', () => {
  it('opens writable over several months and continues the chain', async () => {
    await seedFourMonths();
    expect(readdirSync(join(dir, 'audit')).sort()).toEqual([
      '2026-08.jsonl',
      '2026-09.jsonl',
      '2026-10.jsonl',
      '2026-11.jsonl',
    ]);
    const store = await openNow();
    expect(store.readOnly).toBeNull();
    expect(store.seq).toBe(4);
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('e')));
    await store.close();
    expect((await verifyStore(dir, { schemas: testSchemas })).ok).toBe(true);
  });

  it('notices an edit in the current or the previous month at open', async () => {
    await seedFourMonths();
    editAuditLine('2026-10', (entry) => (entry.actor = 'someone else'));
    const store = await openNow();
    expect(store.readOnly).toMatchObject({
      reason: 'auditBroken',
      files: [{ file: 'audit/2026-10.jsonl', problem: 'brokenChain' }],
    });
    await store.close();
  });

  it('leaves an edit in an older month to verify, which names the file and the entry', async () => {
    await seedFourMonths();
    editAuditLine('2026-08', (entry) => (entry.actor = 'someone else'));
    const store = await openNow();
    expect(store.readOnly).toBeNull();
    await store.close();
    const result = await verifyStore(dir, { schemas: testSchemas });
    expect(result.ok).toBe(false);
    const broken = result.problems.find((problem) => problem.code === 'store.verify.brokenChain');
    expect(broken?.file).toBe('audit/2026-08.jsonl');
    expect(broken?.params.seq).toBe(1);
  });

  it('keeps an old month file that went to quarantine missing until a restore, then settles it', async () => {
    await seedFourMonths();
    const store0 = await openNow();
    const backup = await store0.createBackup('manual');
    await store0.close();
    const oldShard = join(dir, 'records', 'attendance', '2026-08.json');
    writeFileSync(oldShard, 'garbage');
    // Old months load lazily: the damage is found when the month is first read.
    const store1 = await openNow();
    await expect(store1.shard('attendance', '2026-08')).rejects.toMatchObject({ code: 'store.readOnly' });
    expect(store1.readOnly).toMatchObject({
      files: [{ file: 'records/attendance/2026-08.json', problem: 'unparsable' }],
    });
    await store1.close();

    const store2 = await openNow();
    expect(existsSync(oldShard)).toBe(false);
    expect(store2.readOnly).toMatchObject({
      reason: 'missingData',
      files: [{ file: 'records/attendance/2026-08.json', problem: 'missing' }],
    });
    await store2.restoreBackup(backup.name);
    expect(store2.readOnly).toBeNull();
    expect(existsSync(oldShard)).toBe(true);
    await store2.close();

    const store3 = await openNow();
    expect(store3.readOnly).toBeNull();
    expect(readdirSync(join(dir, 'quarantine')).some((name) => name.startsWith('settled-'))).toBe(true);
    await store3.close();
  });
});
