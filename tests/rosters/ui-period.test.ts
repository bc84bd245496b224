import { describe, expect, it } from 'vitest';
import {
  mondayOf,
  periodDates,
  periodFromParams,
  previousSource,
  stepPeriod,
  weekPeriod,
  weekdayOf,
} from '../../renderer/src/features/rosters/model/period';
import { holidayProblems, holidaysToSave } from '../../renderer/src/features/rosters/model/holiday-rows';
import { filledCells } from '../../renderer/src/features/rosters/model/filled-cells';
import { bodyLines } from '../../renderer/src/features/rosters/model/row-groups';

describe('roster periods', () => {
  it('reads the month or the week from the address, this month when it is missing or wrong', () => {
    expect(periodFromParams({ month: '2026-02', week: null }, '2026-11-30')).toEqual({
      kind: 'month',
      month: '2026-02',
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(periodFromParams({ month: '2024-02', week: null }, '2026-11-30').to).toBe('2024-02-29');
    expect(periodFromParams({ month: '2026-13', week: null }, '2026-11-30')).toMatchObject({
      month: '2026-11',
    });
    expect(periodFromParams({ month: null, week: '2026-03-05' }, '2026-11-30')).toEqual({
      kind: 'week',
      from: '2026-03-02',
      to: '2026-03-08',
    });
  });

  it('weeks run Monday to Sunday', () => {
    expect(weekdayOf('2026-03-02')).toBe(1);
    expect(weekdayOf('2026-03-08')).toBe(7);
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
    expect(weekPeriod('2025-12-31')).toEqual({ kind: 'week', from: '2025-12-29', to: '2026-01-04' });
  });

  it('steps across years and copies from the previous week or month', () => {
    const january = periodFromParams({ month: '2026-01', week: null }, '2026-01-10');
    expect(stepPeriod(january, -1)).toMatchObject({ month: '2025-12', to: '2025-12-31' });
    expect(stepPeriod(january, 1)).toMatchObject({ month: '2026-02', to: '2026-02-28' });
    expect(previousSource(stepPeriod(january, 2))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousSource(weekPeriod('2026-03-05'))).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    expect(periodDates({ from: '2026-02-27', to: '2026-03-02' })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });
});

describe('the holidays table before saving', () => {
  it('finds a missing date, a date of another year, a day twice and a missing name', () => {
    const rows = [
      { key: 'a', date: '2026-10-01', kind: 'holiday' as const, name: '国庆节' },
      { key: 'b', date: '2025-10-02', kind: 'holiday' as const, name: '国庆节' },
      { key: 'c', date: '2026-10-01', kind: 'holiday' as const, name: '国庆节' },
      { key: 'd', date: '2026-', kind: 'holiday' as const, name: ' ' },
    ];
    const problems = holidayProblems(rows, 2026);
    expect(problems.get('a')).toBeUndefined();
    expect(problems.get('b')).toEqual({ date: 'wrongYear' });
    expect(problems.get('c')).toEqual({ date: 'duplicate' });
    expect(problems.get('d')).toEqual({ date: 'dateMissing', name: 'nameMissing' });
  });

  it('saves in date order with names trimmed', () => {
    expect(
      holidaysToSave([
        { key: 'x', date: '2026-10-08', kind: 'holiday', name: ' 国庆节 ' },
        { key: 'y', date: '2026-09-28', kind: 'workday', name: '国庆调休' },
      ]),
    ).toEqual([
      { date: '2026-09-28', kind: 'workday', name: '国庆调休' },
      { date: '2026-10-08', kind: 'holiday', name: '国庆节' },
    ]);
  });
});

describe('grid helpers', () => {
  it('counts the filled cells an overwrite would replace, for the people chosen and the dates', () => {
    const rows: { staffId: string; cells: Record<string, string[]> }[] = [
      { staffId: 'a', cells: { '2026-03-01': ['白'], '2026-03-05': ['夜'], '2026-04-01': ['白'] } },
      { staffId: 'b', cells: { '2026-03-02': ['休'] } },
    ];
    expect(filledCells(rows, null, '2026-03-01', '2026-03-31')).toBe(3);
    expect(filledCells(rows, new Set(['a']), '2026-03-02', '2026-03-31')).toBe(1);
    expect(filledCells(rows, new Set(['c']), '2026-03-01', '2026-03-31')).toBe(0);
  });

  it('starts a group header at each new area and post', () => {
    const lines = bodyLines([
      { staffId: '1', area: '1号楼', post: 'carer' },
      { staffId: '2', area: '1号楼', post: 'carer' },
      { staffId: '3', area: '1号楼', post: 'nurse' },
      { staffId: '4', area: '2号楼', post: 'carer' },
    ]);
    expect(lines.map((l) => (l.kind === 'group' ? `${l.area}/${l.post}:${l.size}` : l.index))).toEqual([
      '1号楼/carer:2',
      0,
      1,
      '1号楼/nurse:1',
      2,
      '2号楼/carer:1',
      3,
    ]);
  });
});
