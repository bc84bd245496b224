import { cp } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store';
import type { CoreDoc } from '../../shared/schema';
import { SMALL, care, removeTempDirs, tempDir } from './helpers';

let seeded: string;

beforeAll(async () => {
  seeded = await tempDir('verify-seed');
  expect((await care(['seed-demo', '--data', seeded, ...SMALL])).code).toBe(0);
});
afterAll(removeTempDirs);

/** A fresh copy of the seeded folder, changed through the store API like a buggy service would. */
async function corrupted(
  change: (core: CoreDoc, put: (collection: string, record: unknown) => void) => void,
): Promise<string> {
  const dir = await tempDir('verify-bad');
  await cp(seeded, dir, { recursive: true });
  const store = await openStore({ dir });
  try {
    await store.mutate({ actor: 'test', action: 'test.corrupt' }, (tx) => {
      change(tx.core as unknown as CoreDoc, (collection, record) => tx.put('core', collection, record));
    });
  } finally {
    await store.close();
  }
  return dir;
}

function openAssignment(core: CoreDoc): CoreDoc['bedAssignments'][number] {
  const found = core.bedAssignments.find((a) => a.to === null);
  if (!found) throw new Error('the demo should have an occupied bed');
  return found;
}

describe('care verify', () => {
  it('fails with exit 1 and names a stay whose person does not exist', async () => {
    let stayId = '';
    const dir = await corrupted((core, put) => {
      const stay = core.stays[0]!;
      stayId = stay.id;
      put('stays', { ...stay, personId: 'missing-person-0001' });
    });
    const result = await care(['verify', '--data', dir, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `Record ${stayId} in stays refers to a person missing-person-0001 who does not exist`,
    );
    expect(result.stdout).toMatch(/Check failed: \d+ problems found/);
  });

  it('reports a bed given to a second person while still occupied', async () => {
    let bedId = '';
    const dir = await corrupted((core, put) => {
      const taken = openAssignment(core);
      bedId = taken.bedId;
      const other = core.bedAssignments.find((a) => a.to === null && a.bedId !== taken.bedId)!;
      put('bedAssignments', { ...other, id: 'second-assignment-01', bedId: taken.bedId });
    });
    const result = await care(['verify', '--data', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`床位 ${bedId} 同时有两个未结束的分配`);
    expect(result.stdout).toContain('同时占有两张床位');
  });

  it('reports a bed still held by a resident recorded as deceased', async () => {
    let personId = '';
    const dir = await corrupted((core, put) => {
      const held = openAssignment(core);
      personId = held.personId;
      const person = core.people.find((p) => p.id === held.personId)!;
      put('people', { ...person, status: 'deceased', deathDate: held.from });
    });
    const result = await care(['verify', '--data', dir, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Person ${personId} has died but still holds a bed`);
  });

  it('reports a bed kept after discharge, and a roster entry for unknown staff', async () => {
    const dir = await tempDir('verify-discharge');
    await cp(seeded, dir, { recursive: true });
    const store = await openStore({ dir });
    let personId = '';
    try {
      await store.mutate({ actor: 'test', action: 'test.corrupt' }, (tx) => {
        const core = tx.core as unknown as CoreDoc;
        const held = openAssignment(core);
        personId = held.personId;
        const stay = core.stays.find((s) => s.id === held.stayId)!;
        tx.put('core', 'stays', { ...stay, dischargedOn: '2026-11-10', dischargeReason: 'returnedHome' });
        tx.put(
          { kind: 'roster', period: '2026-11' },
          {
            id: 'roster-ghost-0001',
            createdAt: stay.createdAt,
            updatedAt: stay.createdAt,
            date: '2026-11-10',
            staffId: 'ghost-staff-0001',
            shiftCode: '白',
            area: '',
            teamLeader: false,
          },
        );
      });
    } finally {
      await store.close();
    }
    const result = await care(['verify', '--data', dir, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Person ${personId} has been discharged but still holds a bed`);
    expect(result.stdout).toContain(
      '[records/roster/2026-11.json] Record roster-ghost-0001 in roster refers to a staff member ghost-staff-0001',
    );
  });

  it('reports a damaged file through the store checks', async () => {
    const dir = await tempDir('verify-torn');
    await cp(seeded, dir, { recursive: true });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${dir}/records/attendance/2026-11.json`, '{"schemaVersion":1,');
    const result = await care(['verify', '--data', dir, '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('records/attendance/2026-11.json');
  });

  it('fails clearly on a data folder that does not exist', async () => {
    const result = await care(['verify', '--data', '/nonexistent/care-data', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not found');
  });
});
