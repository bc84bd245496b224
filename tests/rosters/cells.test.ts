import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, openClockedApp, residents, rosterCodes, type ClockedApp } from './helpers';

let app: ClockedApp;
let wang: string;
let li: string;
let zhang: string;

function auditEntries(dir: string): { action: string; summary?: string }[] {
  const folder = join(dir, 'audit');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(folder, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as { action: string; summary?: string });
}

beforeEach(async () => {
  app = await openClockedApp('2026-03-01T09:00');
  await rosterCodes(app);
  wang = await addStaff(app, '王芳', 'carer', '0001', { area: '1号楼' });
  li = await addStaff(app, '李娟', 'carer', '0002', { area: '1号楼', workingTime: 'standard' });
  zhang = await addStaff(app, '张敏', 'nurse', '0003', { area: '1号楼' });
});
afterEach(async () => {
  await app.close();
});

describe('rosters.setCells', () => {
  it('writes cells as roster entries in one durable change with an audit entry, and the grid shows them', async () => {
    const before = auditEntries(app.dir).length;
    const result = await app.ok('rosters.setCells', {
      changes: [
        { staffId: wang, date: '2026-03-02', codes: ['白'] },
        { staffId: wang, date: '2026-03-03', codes: ['夜'] },
        { staffId: li, date: '2026-03-02', codes: ['白', '夜'] },
      ],
    });
    expect(result.changed).toBe(3);
    const audit = auditEntries(app.dir);
    expect(audit.length).toBe(before + 1);
    expect(audit.at(-1)).toMatchObject({ action: 'rosters.setCells' });
    expect(audit.at(-1)?.summary).toContain('王芳 2026-03-02 白');

    const shard = JSON.parse(readFileSync(join(app.dir, 'records', 'roster', '2026-03.json'), 'utf8')) as {
      records: { staffId: string; date: string; shiftCode: string; area: string }[];
    };
    expect(shard.records.map((r) => [r.staffId, r.date, r.shiftCode, r.area]).sort()).toEqual(
      [
        [wang, '2026-03-02', '白', '1号楼'],
        [wang, '2026-03-03', '夜', '1号楼'],
        [li, '2026-03-02', '白', '1号楼'],
        [li, '2026-03-02', '夜', '1号楼'],
      ].sort(),
    );

    const grid = await app.ok('rosters.grid', { from: '2026-03-01', to: '2026-03-31' });
    expect(grid.days).toHaveLength(31);
    expect(grid.days[0]).toMatchObject({ date: '2026-03-01', weekday: 7, offDay: true, holiday: null });
    const rowOf = (id: string) => grid.rows.find((r) => r.staffId === id);
    expect(rowOf(wang)?.cells).toEqual({ '2026-03-02': ['白'], '2026-03-03': ['夜'] });
    expect(rowOf(li)?.cells).toEqual({ '2026-03-02': ['白', '夜'] });
    expect(rowOf(wang)?.totals).toEqual({ shifts: 2, nights: 1, restDays: 29, hours: 22 });
    expect(rowOf(zhang)?.countsAsCare).toBe(false);
    // Carers first, then the nurse, within the one area.
    expect(grid.rows.map((r) => r.name)).toEqual(['李娟', '王芳', '张敏']);
    expect(grid.codes.map((c) => c.code)).toEqual(['早', '白', '行政', '夜', '休', '培']);
  });

  it('clears a cell with empty codes (the entry is voided, not lost) and replaces a cell as a whole', async () => {
    await app.ok('rosters.setCells', { changes: [{ staffId: wang, date: '2026-03-02', codes: ['白'] }] });
    await app.ok('rosters.setCells', { changes: [{ staffId: wang, date: '2026-03-02', codes: ['休'] }] });
    let grid = await app.ok('rosters.grid', { from: '2026-03-02', to: '2026-03-08' });
    expect(grid.rows.find((r) => r.staffId === wang)?.cells).toEqual({ '2026-03-02': ['休'] });
    await app.ok('rosters.setCells', { changes: [{ staffId: wang, date: '2026-03-02', codes: [] }] });
    grid = await app.ok('rosters.grid', { from: '2026-03-02', to: '2026-03-08' });
    expect(grid.rows.find((r) => r.staffId === wang)?.cells).toEqual({});
    const shard = JSON.parse(readFileSync(join(app.dir, 'records', 'roster', '2026-03.json'), 'utf8')) as {
      records: { voided?: unknown }[];
    };
    expect(shard.records).toHaveLength(2);
    expect(shard.records.every((r) => r.voided)).toBe(true);
  });

  it('refuses a person in two overlapping shifts and leaves the folder unchanged', async () => {
    await app.ok('rosters.setCells', { changes: [{ staffId: wang, date: '2026-03-02', codes: ['夜'] }] });
    const error = await app.refused('rosters.setCells', {
      changes: [
        { staffId: li, date: '2026-03-03', codes: ['白'] },
        { staffId: wang, date: '2026-03-03', codes: ['早'] },
      ],
    });
    expect(error.code).toBe('rosters.overlap');
    expect(error.message).toContain('王芳');
    // Two shifts of one day overlapping: refused too.
    expect(
      (
        await app.refused('rosters.setCells', {
          changes: [{ staffId: li, date: '2026-03-05', codes: ['白', '行政'] }],
        })
      ).code,
    ).toBe('rosters.overlap');
    // Night then day: allowed when they only touch.
    await app.ok('rosters.setCells', { changes: [{ staffId: wang, date: '2026-03-03', codes: ['白'] }] });
  });

  it('refuses unknown codes, inactive staff and unknown staff, changing nothing', async () => {
    expect(
      (
        await app.refused('rosters.setCells', {
          changes: [{ staffId: wang, date: '2026-03-02', codes: ['X'] }],
        })
      ).code,
    ).toBe('rosters.unknownCode');
    const gone = await addStaff(app, '赵离', 'carer', '0009', { active: false });
    expect(
      (
        await app.refused('rosters.setCells', {
          changes: [{ staffId: gone, date: '2026-03-02', codes: ['白'] }],
        })
      ).code,
    ).toBe('rosters.inactiveStaff');
    const nobody = '00000000-0000-4000-8000-000000000999';
    expect(
      (
        await app.refused('rosters.setCells', {
          changes: [{ staffId: nobody, date: '2026-03-02', codes: ['白'] }],
        })
      ).code,
    ).toBe('rosters.unknownStaff');
  });

  it('accepts a code in any case and stores the template’s own spelling', async () => {
    await app.ok('staff.saveShiftTemplate', {
      code: 'N',
      name: 'Night',
      start: '21:00',
      end: '07:00',
      breakMinutes: 0,
      paidHours: 10,
      night: true,
      colour: '#000000',
      active: true,
    });
    await app.ok('rosters.setCells', { changes: [{ staffId: zhang, date: '2026-03-04', codes: ['n'] }] });
    const grid = await app.ok('rosters.grid', { from: '2026-03-04', to: '2026-03-04' });
    expect(grid.rows.find((r) => r.staffId === zhang)?.cells).toEqual({ '2026-03-04': ['N'] });
  });

  it('returns the warnings of the changed people: rest after a night, days in a row, week hours', async () => {
    const result = await app.ok('rosters.setCells', {
      changes: [
        { staffId: li, date: '2026-03-02', codes: ['夜'] },
        { staffId: li, date: '2026-03-03', codes: ['夜'] },
        { staffId: li, date: '2026-03-04', codes: ['白'] },
        { staffId: li, date: '2026-03-05', codes: ['白'] },
        { staffId: li, date: '2026-03-06', codes: ['白'] },
        { staffId: li, date: '2026-03-07', codes: ['白'] },
        { staffId: li, date: '2026-03-08', codes: ['白'] },
      ],
    });
    const kinds = result.warnings.map((w) => [w.kind, w.date, w.value]);
    expect(kinds).toContainEqual(['rest', '2026-03-04', 0]);
    expect(kinds).toContainEqual(['daysInRow', '2026-03-08', 7]);
    expect(kinds).toContainEqual(['weekHours', '2026-03-08', 77]);
    const grid = await app.ok('rosters.grid', { from: '2026-03-01', to: '2026-03-31' });
    expect(grid.warnings.filter((w) => w.staffId === li).length).toBe(result.warnings.length);
  });
});

describe('cover in the grid', () => {
  it('asks for carers by the residents in the house and counts only care posts', async () => {
    await residents(app, [
      ['赵大山', '101-1', '2026-03-01'],
      ['钱秀英', '101-2', '2026-03-01'],
    ]);
    await app.ok('rosters.setCells', {
      changes: [
        { staffId: zhang, date: '2026-03-02', codes: ['白'] },
        { staffId: wang, date: '2026-03-02', codes: ['夜'] },
      ],
    });
    const grid = await app.ok('rosters.grid', { from: '2026-03-02', to: '2026-03-02' });
    const day = grid.cover.find((c) => c.shiftCode === '夜');
    // Two residents with no assessment: 2 × 1/3, rounded up = 1; the night minimum is 1 too.
    expect(day).toMatchObject({
      residents: 2,
      needed: 1,
      rostered: 1,
      short: 0,
      startsAt: '2026-03-02T20:00',
      night: true,
    });
    // The nurse on 白 does not count as care by default, and no carer works 白: 白 is not a care shift here.
    expect(grid.cover.find((c) => c.shiftCode === '白')).toBeUndefined();
  });
});

describe('rules and holidays', () => {
  it('saves the rules (care posts checked) and the holidays of a year (replacing the list)', async () => {
    const rules = await app.ok('rosters.rules', undefined);
    expect(rules.restAfterNightHours).toBe(12);
    await app.ok('rosters.saveRules', { ...rules, carePosts: ['carer', 'nurse'] });
    expect((await app.ok('rosters.rules', undefined)).carePosts).toEqual(['carer', 'nurse']);
    expect((await app.refused('rosters.saveRules', { ...rules, carePosts: ['飞行员'] })).code).toBe(
      'rosters.unknownPost',
    );

    await app.ok('rosters.saveHolidays', {
      year: 2026,
      days: [
        { date: '2026-10-01', kind: 'holiday', name: '国庆节' },
        { date: '2026-10-10', kind: 'workday', name: '国庆调休' },
      ],
    });
    const saved = await app.ok('rosters.saveHolidays', {
      year: 2026,
      days: [{ date: '2026-10-01', kind: 'holiday', name: '国庆节' }],
    });
    expect(saved.map((h) => h.date)).toEqual(['2026-10-01']);
    expect((await app.ok('rosters.holidays', { year: 2026 })).map((h) => [h.date, h.kind, h.name])).toEqual([
      ['2026-10-01', 'holiday', '国庆节'],
    ]);
    expect((await app.ok('rosters.holidays', { year: 2025 })).length).toBe(0);
    expect(
      (
        await app.refused('rosters.saveHolidays', {
          year: 2026,
          days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }],
        })
      ).code,
    ).toBe('rosters.holidayOutsideYear');
    const grid = await app.ok('rosters.grid', { from: '2026-10-01', to: '2026-10-10' });
    expect(grid.days[0]).toMatchObject({ holiday: { kind: 'holiday', name: '国庆节' }, offDay: true });
    expect(grid.days[9]).toMatchObject({ holiday: null, offDay: true });
  });
});
