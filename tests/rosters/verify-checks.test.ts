import { describe, expect, it } from 'vitest';
import { checkRosterMonths, checkRosterShard, rosterCodeBook } from '../../electron/core/checks/rosters';
import type { DayCode, RosterEntry, RosterMonth, ShiftTemplate } from '../../shared/schema';

const T = '2026-03-01T00:00:00.000Z';
const base = { createdAt: T, updatedAt: T, colour: '#ffffff', active: true };
const shifts: ShiftTemplate[] = [
  {
    ...base,
    id: 's1',
    code: '夜',
    name: '夜班',
    start: '20:00',
    end: '08:00',
    crossesMidnight: true,
    breakMinutes: 60,
    paidHours: 11,
    night: true,
  },
  {
    ...base,
    id: 's2',
    code: '早',
    name: '早班',
    start: '07:00',
    end: '15:00',
    crossesMidnight: false,
    breakMinutes: 60,
    paidHours: 7,
    night: false,
  },
];
const dayCodes: DayCode[] = [{ ...base, id: 'd1', code: '休', name: '休息', kind: 'rest' }];
const book = rosterCodeBook({ shiftTemplates: shifts, dayCodes });
const entry = (id: string, date: string, shiftCode: string, voided = false): RosterEntry => ({
  id,
  createdAt: T,
  updatedAt: T,
  date,
  staffId: 'staff-1',
  shiftCode,
  area: '',
  teamLeader: false,
  ...(voided ? { voided: { at: T, by: 'admin', reason: 'x' } } : {}),
});

describe('verify: roster invariants', () => {
  it('reports overlapping shifts of one person and codes nobody knows, ignoring voided entries', () => {
    const file = 'records/roster/2026-03.json';
    expect(
      checkRosterShard(file, book, [entry('a', '2026-03-02', '夜'), entry('b', '2026-03-03', '休')]),
    ).toEqual([]);
    const problems = checkRosterShard(file, book, [
      entry('a', '2026-03-02', '夜'),
      entry('b', '2026-03-03', '早'),
      entry('c', '2026-03-04', 'X'),
      entry('d', '2026-03-05', 'Y', true),
    ]);
    expect(problems.map((p) => p.code)).toEqual(['checks.roster.unknownCode', 'checks.roster.overlap']);
    expect(problems[1]?.params).toMatchObject({
      dateA: '2026-03-02',
      codeA: '夜',
      dateB: '2026-03-03',
      codeB: '早',
    });
  });

  it('reports a month published twice', () => {
    const month = (id: string): RosterMonth => ({
      id,
      createdAt: T,
      updatedAt: T,
      month: '2026-03',
      version: 1,
      publishedAt: T,
      publishedBy: 'u1',
      preparedBy: '王芳',
      lastChange: null,
    });
    expect(checkRosterMonths({ rosterMonths: [month('m1')] })).toEqual([]);
    expect(checkRosterMonths({ rosterMonths: [month('m1'), month('m2')] }).map((p) => p.code)).toEqual([
      'checks.roster.monthTwice',
    ]);
  });
});
