import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findResidenceConflicts } from '../../shared/domain/residence-rules';
import type { CoreDoc } from '../../shared/schema';
import { TODAY, care, dataFingerprint, readJson, removeTempDirs, tempDir } from '../cli/helpers';

let dir: string;
let core: CoreDoc;

beforeAll(async () => {
  dir = await tempDir('occupancy');
  const seeded = await care([
    'seed-demo',
    '--data',
    dir,
    '--years',
    '2',
    '--beds',
    '24',
    '--seed',
    '11',
    '--today',
    TODAY,
  ]);
  expect(seeded.code, seeded.stderr).toBe(0);
  core = await readJson<CoreDoc>(join(dir, 'core.json'));
});
afterAll(removeTempDirs);

interface Row {
  bedId: string;
  bedLabel: string;
  roomName: string;
  personId: string;
  personName: string;
  status: string;
}

/** Who held each bed at the end of `day`, read straight from the records as the issue words the rule. */
function expected(day: string): Map<string, { personId: string; status: string }> {
  const live = (r: { voided?: unknown }) => !r.voided;
  const out = new Map<string, { personId: string; status: string }>();
  for (const a of core.bedAssignments.filter(live)) {
    if (!(a.from <= day && (a.to === null || a.to > day))) continue;
    const inRegister = core.stays.some(
      (s) =>
        live(s) &&
        s.personId === a.personId &&
        s.admittedOn <= day &&
        (s.dischargedOn === null || s.dischargedOn > day),
    );
    if (!inRegister) continue;
    const away = core.leaves.find(
      (l) =>
        live(l) &&
        l.personId === a.personId &&
        l.from <= day &&
        (l.returnedAt === null || l.returnedAt > day),
    );
    out.set(a.bedId, { personId: a.personId, status: away ? away.kind : 'inHouse' });
  }
  return out;
}

describe('care occupancy', () => {
  it('lists every occupied bed of a past day by the census rule, as JSON, without changing the folder', async () => {
    const before = await dataFingerprint(dir);
    const days = ['2025-03-01', '2025-08-17', '2026-02-28', TODAY];
    let away = 0;
    for (const day of days) {
      const result = await care(['occupancy', '--data', dir, '--at', day, '--json']);
      expect(result.code, result.stderr).toBe(0);
      const rows = JSON.parse(result.stdout) as Row[];
      const want = expected(day);
      expect(rows.length).toBe(want.size);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(Object.keys(row)).toEqual(
          expect.arrayContaining(['bedId', 'bedLabel', 'roomName', 'personId', 'personName', 'status']),
        );
        expect(want.get(row.bedId)).toEqual({ personId: row.personId, status: row.status });
        expect(core.people.find((p) => p.id === row.personId)?.name).toBe(row.personName);
        if (row.status !== 'inHouse') away += 1;
      }
    }
    expect(away).toBeGreaterThan(0);
    expect(await dataFingerprint(dir)).toEqual(before);
  });

  it('prints Chinese or English text and refuses a missing or impossible date with exit code 2', async () => {
    const zh = await care(['occupancy', '--data', dir, '--at', TODAY]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('床位占用');
    expect(zh.stdout).toMatch(/合计 \d+ 人在册/);
    const en = await care(['occupancy', '--data', dir, '--at', TODAY, '--lang', 'en']);
    expect(en.stdout).toMatch(/Total \d+ in the register/);
    expect((await care(['occupancy', '--data', dir])).code).toBe(2);
    const bad = await care(['occupancy', '--data', dir, '--at', '2026-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('2026-02-30');
  });
});

describe('the demo history', () => {
  it('obeys every residence invariant and has closures, deaths in hospital and critical marks', () => {
    expect(findResidenceConflicts(core)).toEqual([]);
    expect(core.beds.some((b) => b.closures.length > 0)).toBe(true);
    expect(core.criticalIllnesses.length).toBeGreaterThan(0);
    const deaths = new Map(core.people.filter((p) => p.deathDate).map((p) => [p.id, p.deathDate]));
    const diedInHospital = core.leaves.filter(
      (l) => l.kind === 'hospital' && deaths.get(l.personId) === l.returnedAt,
    );
    expect(diedInHospital.length).toBeGreaterThan(0);
    expect(core.stays.every((s) => s.source !== 'unrecorded' && s.emergencyContactConfirmed)).toBe(true);
  });
});
