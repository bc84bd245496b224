import { describe, expect, it } from 'vitest';
import {
  codeKey,
  daysInRowWarnings,
  findOverlap,
  monthOvertimeWarnings,
  personWarnings,
  restWarnings,
  weekHoursWarnings,
  type CodeBook,
  type RosterCodeInfo,
} from '../../shared/domain/roster-checks';
import {
  holidayIndex,
  isOffDay,
  mondayOf,
  standardMonthHours,
  workingDaysOfMonth,
} from '../../shared/domain/roster-hours';
import { carersNeeded, coverOf, ratioOf } from '../../shared/domain/roster-cover';
import { defaultRosterRules } from '../../shared/schema';

const shift = (
  code: string,
  start: string,
  end: string,
  paidHours: number,
  night = false,
): RosterCodeInfo => ({
  kind: 'shift',
  code,
  start,
  end,
  paidHours,
  night,
});
const BOOK: CodeBook = new Map(
  [
    shift('白', '08:00', '20:00', 11),
    shift('夜', '20:00', '08:00', 11, true),
    shift('早', '07:00', '15:00', 8),
    shift('中', '14:00', '22:00', 8),
    shift('晚', '20:15', '23:00', 2.75),
    shift('正', '08:00', '17:00', 8),
    shift('长', '08:00', '16:15', 8.25),
    { kind: 'day', code: '休', dayKind: 'rest' } as const,
    { kind: 'day', code: '培', dayKind: 'training' } as const,
  ].map((c) => [codeKey(c.code), c]),
);
const RULES = defaultRosterRules();
const NO_HOLIDAYS = holidayIndex([]);

function cells(entries: Record<string, string[]>): Map<string, string[]> {
  return new Map(Object.entries(entries));
}

describe('overlap', () => {
  it('refuses a night shift running into the next morning’s shift, and allows shifts that only touch', () => {
    const overlap = findOverlap(cells({ '2026-03-02': ['夜'], '2026-03-03': ['早'] }), BOOK);
    expect(overlap?.map((s) => [s.date, s.code])).toEqual([
      ['2026-03-02', '夜'],
      ['2026-03-03', '早'],
    ]);
    expect(findOverlap(cells({ '2026-03-02': ['白', '夜'] }), BOOK)).toBeNull();
    expect(findOverlap(cells({ '2026-03-02': ['早', '中'] }), BOOK)).not.toBeNull();
    // Codes compare without case.
    expect(findOverlap(cells({ '2026-03-02': ['夜'], '2026-03-03': ['白'] }), BOOK)).toBeNull();
  });
});

describe('rest between shifts', () => {
  it('after a night shift asks 12 hours: exactly 12 passes, 11.75 warns', () => {
    // 夜 ends 08:00 on the 3rd: the next 夜 starts 12 h later, a 白 at once, a 晚 (20:15) 12.25 h later.
    expect(restWarnings(cells({ '2026-03-02': ['夜'], '2026-03-03': ['夜'] }), BOOK, RULES)).toEqual([]);
    const twelve = restWarnings(cells({ '2026-03-02': ['夜'], '2026-03-03': ['白'] }), BOOK, RULES);
    expect(twelve).toEqual([{ kind: 'rest', date: '2026-03-03', value: 0, limit: 12 }]);
    const exact = restWarnings(cells({ '2026-03-02': ['夜'], '2026-03-03': ['晚'] }), BOOK, {
      ...RULES,
      restAfterNightHours: 12.25,
    });
    expect(exact).toEqual([]);
    const short = restWarnings(cells({ '2026-03-02': ['夜'], '2026-03-03': ['晚'] }), BOOK, {
      ...RULES,
      restAfterNightHours: 12.5,
    });
    expect(short).toEqual([{ kind: 'rest', date: '2026-03-03', value: 12.25, limit: 12.5 }]);
  });

  it('the 12-hour boundary itself: 20:00 after a night ending 08:00 is 12 h (no warning), 19:45 is 11.75 h', () => {
    const book: CodeBook = new Map([
      ...BOOK,
      [codeKey('E'), shift('E', '20:00', '23:00', 3)],
      [codeKey('F'), shift('F', '19:45', '23:00', 3)],
    ]);
    expect(restWarnings(cells({ '2026-03-02': ['夜'], '2026-03-03': ['E'] }), book, RULES)).toEqual([]);
    expect(restWarnings(cells({ '2026-03-02': ['夜'], '2026-03-03': ['F'] }), book, RULES)).toEqual([
      { kind: 'rest', date: '2026-03-03', value: 11.75, limit: 12 },
    ]);
  });

  it('after a day shift asks 8 hours', () => {
    // 中 ends 22:00; 早 starts 07:00 = 9 h: fine. 晚 ends 23:00; 早 07:00 = 8 h exactly: fine.
    expect(restWarnings(cells({ '2026-03-02': ['中'], '2026-03-03': ['早'] }), BOOK, RULES)).toEqual([]);
    expect(restWarnings(cells({ '2026-03-02': ['晚'], '2026-03-03': ['早'] }), BOOK, RULES)).toEqual([]);
    expect(
      restWarnings(cells({ '2026-03-02': ['晚'], '2026-03-03': ['早'] }), BOOK, { ...RULES, restHours: 9 }),
    ).toEqual([{ kind: 'rest', date: '2026-03-03', value: 8, limit: 9 }]);
  });
});

describe('days in a row', () => {
  const run = (n: number): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (let i = 1; i <= n; i++) out.set(`2026-03-${String(i).padStart(2, '0')}`, ['白']);
    return out;
  };
  it('6 working days pass, the 7th warns; training counts as working, rest breaks the run', () => {
    expect(daysInRowWarnings(run(6), BOOK, RULES, '2026-03-01', '2026-03-31')).toEqual([]);
    expect(daysInRowWarnings(run(7), BOOK, RULES, '2026-03-01', '2026-03-31')).toEqual([
      { kind: 'daysInRow', date: '2026-03-07', value: 7, limit: 6 },
    ]);
    const withTraining = run(6);
    withTraining.set('2026-03-07', ['培']);
    expect(daysInRowWarnings(withTraining, BOOK, RULES, '2026-03-01', '2026-03-31')).toHaveLength(1);
    const withRest = run(7);
    withRest.set('2026-03-04', ['休']);
    expect(daysInRowWarnings(withRest, BOOK, RULES, '2026-03-01', '2026-03-31')).toEqual([]);
  });
});

describe('week hours (standard working time)', () => {
  it('44 hours pass, 44.25 warn, dated on the Sunday', () => {
    // 2026-03-02 is a Monday.
    const week = { '2026-03-02': ['正'], '2026-03-03': ['正'], '2026-03-04': ['正'], '2026-03-05': ['正'] };
    const exactly44 = cells({
      '2026-03-02': ['白'],
      '2026-03-03': ['白'],
      '2026-03-04': ['白'],
      '2026-03-05': ['白'],
    });
    expect(weekHoursWarnings(exactly44, BOOK, RULES, '2026-03-02', '2026-03-08')).toEqual([]);
    const over = cells({ ...week, '2026-03-06': ['长'], '2026-03-07': ['早'] }); // 32 + 8.25 + 8 = 48.25
    expect(weekHoursWarnings(over, BOOK, RULES, '2026-03-02', '2026-03-08')).toEqual([
      { kind: 'weekHours', date: '2026-03-08', value: 48.25, limit: 44 },
    ]);
    // 4 × 11 h (白) + a quarter of an hour.
    const book: CodeBook = new Map([...BOOK, [codeKey('Q'), shift('Q', '06:00', '06:30', 0.25)]]);
    const just = cells({
      '2026-03-02': ['白'],
      '2026-03-03': ['白'],
      '2026-03-04': ['白'],
      '2026-03-05': ['白'],
      '2026-03-06': ['Q'],
    });
    expect(weekHoursWarnings(just, book, RULES, '2026-03-02', '2026-03-08')).toEqual([
      { kind: 'weekHours', date: '2026-03-08', value: 44.25, limit: 44 },
    ]);
  });

  it('a night shift crossing midnight counts on the day it starts: Sunday night stays in its week', () => {
    // Mon..Thu 白 = 44 h; a 夜 on Sunday 2026-03-08 (20:00 → Monday 08:00) adds 11 to THIS week.
    const base = { '2026-03-02': ['白'], '2026-03-03': ['白'], '2026-03-04': ['白'], '2026-03-05': ['白'] };
    const sundayNight = cells({ ...base, '2026-03-08': ['夜'] });
    expect(weekHoursWarnings(sundayNight, BOOK, RULES, '2026-03-02', '2026-03-15')).toEqual([
      { kind: 'weekHours', date: '2026-03-08', value: 55, limit: 44 },
    ]);
    // The same night a day earlier than the next week's Monday: the next week has none of its hours.
    const nextWeek = cells({
      '2026-03-08': ['夜'],
      '2026-03-09': ['白'],
      '2026-03-10': ['白'],
      '2026-03-11': ['白'],
      '2026-03-12': ['白'],
    });
    expect(weekHoursWarnings(nextWeek, BOOK, RULES, '2026-03-09', '2026-03-15')).toEqual([]);
  });

  it('a week spanning two months counts all seven days', () => {
    // 2026-03-30 is a Monday; the week runs to Sunday 2026-04-05.
    expect(mondayOf('2026-04-02')).toBe('2026-03-30');
    const spanning = cells({
      '2026-03-30': ['白'],
      '2026-03-31': ['白'],
      '2026-04-01': ['白'],
      '2026-04-02': ['白'],
      '2026-04-03': ['早'],
    });
    expect(weekHoursWarnings(spanning, BOOK, RULES, '2026-04-01', '2026-04-30')[0]).toEqual({
      kind: 'weekHours',
      date: '2026-04-05',
      value: 52,
      limit: 44,
    });
    // Seen from March too: the same week, the same Sunday.
    expect(weekHoursWarnings(spanning, BOOK, RULES, '2026-03-01', '2026-03-31').at(-1)?.date).toBe(
      '2026-04-05',
    );
  });
});

describe('standard hours and month overtime', () => {
  it('counts working days as Monday to Friday less holidays plus 调休 working days', () => {
    // October 2026: 22 weekdays; 1-7 国庆 holidays (5 of them weekdays: 1,2,5,6,7); 10 Oct (Saturday) worked.
    const holidays = holidayIndex([
      ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
        date: `2026-10-${d}`,
        kind: 'holiday' as const,
      })),
      { date: '2026-10-10', kind: 'workday' },
    ]);
    expect(workingDaysOfMonth('2026-10', NO_HOLIDAYS)).toBe(22);
    expect(workingDaysOfMonth('2026-10', holidays)).toBe(18);
    expect(standardMonthHours('2026-10', holidays)).toBe(144);
    expect(isOffDay('2026-10-10', holidays)).toBe(false);
    expect(isOffDay('2026-10-11', holidays)).toBe(true);
    expect(isOffDay('2026-10-02', holidays)).toBe(true);
  });

  it('warns above 36 hours over the standard: 36 passes, 36.25 warns', () => {
    // March 2026: 22 working days = 176 h standard; 212 h passes, 212.25 warns.
    const month = new Map<string, string[]>();
    for (let d = 1; d <= 26; d++) month.set(`2026-03-${String(d).padStart(2, '0')}`, ['正']); // 208 h
    month.set('2026-03-27', ['晚']); // 2.75 → 210.75
    const book: CodeBook = new Map([
      ...BOOK,
      [codeKey('P'), shift('P', '06:00', '07:15', 1.25)],
      [codeKey('Q'), shift('Q', '06:00', '06:30', 0.25)],
    ]);
    month.set('2026-03-28', ['P']); // 212
    expect(monthOvertimeWarnings(month, book, RULES, NO_HOLIDAYS, '2026-03-01', '2026-03-31')).toEqual([]);
    month.set('2026-03-29', ['Q']); // 212.25
    expect(monthOvertimeWarnings(month, book, RULES, NO_HOLIDAYS, '2026-03-01', '2026-03-31')).toEqual([
      { kind: 'monthOvertime', date: '2026-03-31', value: 36.25, limit: 36 },
    ]);
  });

  it('staff on comprehensive working time get no week or month warnings', () => {
    const heavy = new Map<string, string[]>();
    for (let d = 1; d <= 6; d++) heavy.set(`2026-03-0${d}`, ['白']);
    const standard = personWarnings(heavy, BOOK, RULES, NO_HOLIDAYS, true, '2026-03-01', '2026-03-31');
    expect(standard.map((w) => w.kind)).toContain('weekHours');
    const comprehensive = personWarnings(heavy, BOOK, RULES, NO_HOLIDAYS, false, '2026-03-01', '2026-03-31');
    expect(comprehensive.map((w) => w.kind)).not.toContain('weekHours');
  });
});

describe('cover', () => {
  const ratios = { level0: 10, level1: 6, level2: 4, level3: 3, level4: 3 };
  it('sums 1/ratio by level and rounds up, exact thirds making whole carers', () => {
    expect(carersNeeded([3, 3, 3], ratios, false, 1)).toBe(1);
    expect(carersNeeded([3, 3, 3, 0], ratios, false, 1)).toBe(2);
    expect(carersNeeded(Array<number>(10).fill(0), ratios, false, 1)).toBe(1);
    expect(carersNeeded([2, 2, 2, 2, 1, 1, 1, 1, 1, 1], ratios, false, 0)).toBe(2);
    expect(carersNeeded([], ratios, false, 1)).toBe(0);
  });
  it('counts a resident with no assessment at the strictest ratio', () => {
    expect(ratioOf(ratios, null)).toBe(3);
    expect(carersNeeded([null, null, null, null], ratios, false, 0)).toBe(2);
  });
  it('asks at least the night minimum for a night shift', () => {
    expect(carersNeeded([0], ratios, true, 2)).toBe(2);
    expect(carersNeeded([0], ratios, false, 2)).toBe(1);
    expect(coverOf(3, 1)).toEqual({ needed: 3, rostered: 1, short: 2 });
    expect(coverOf(1, 3)).toEqual({ needed: 1, rostered: 3, short: 0 });
  });
});
