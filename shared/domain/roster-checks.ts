/**
 * The rules a roster is checked against, on plain data (no store): the one
 * refusal (a person in two overlapping shifts) and the warnings that never
 * block (rest between shifts, working days in a row, week hours, month
 * overtime). A shift that crosses midnight belongs to the day it starts:
 * its hours count there, its rest is measured from its real end.
 */
import { addDaysIso } from './census';
import { daysBetween, minutesOfDay } from './dates';
import { periodOfDate } from './period';
import { lastOfMonth, standardMonthHours, sundayOf, type HolidayMark } from './roster-hours';

/** A code as the checks see it: a shift with times, or a day code (rest, leave, training…). */
export type RosterCodeInfo =
  | {
      kind: 'shift';
      code: string;
      start: string;
      end: string;
      paidHours: number;
      night: boolean;
    }
  | { kind: 'day'; code: string; dayKind: string };

/** Codes by their case-free key (codes share one namespace, case-insensitive). */
export type CodeBook = ReadonlyMap<string, RosterCodeInfo>;

export function codeKey(code: string): string {
  return code.trim().toLocaleLowerCase('en');
}

/** date → codes of one person. */
export type PersonCells = ReadonlyMap<string, readonly string[]>;

export interface RosterRuleLimits {
  restAfterNightHours: number;
  restHours: number;
  maxDaysInRow: number;
  weekHoursLimit: number;
  monthOvertimeLimit: number;
}

export interface ShiftSpan {
  date: string;
  code: string;
  night: boolean;
  /** Minutes from 1970-01-01 00:00 of the local calendar (no time zone: all dates are local). */
  start: number;
  end: number;
}

const DAY_MINUTES = 24 * 60;

/** The shift's start and end on a minute line: one ending at or before its start ends the next day. */
export function shiftSpan(date: string, info: Extract<RosterCodeInfo, { kind: 'shift' }>): ShiftSpan {
  const day = daysBetween('1970-01-01', date) * DAY_MINUTES;
  const start = day + minutesOfDay(info.start);
  let end = day + minutesOfDay(info.end);
  if (end <= start) end += DAY_MINUTES;
  return { date, code: info.code, night: info.night, start, end };
}

/** Every shift of a person, in start order (day codes and unknown codes have no span). */
export function spansOf(cells: PersonCells, book: CodeBook): ShiftSpan[] {
  const out: ShiftSpan[] = [];
  for (const [date, codes] of cells)
    for (const code of codes) {
      const info = book.get(codeKey(code));
      if (info?.kind === 'shift') out.push(shiftSpan(date, info));
    }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The first two shifts of the person that overlap (touching ends do not), or null. */
export function findOverlap(cells: PersonCells, book: CodeBook): [ShiftSpan, ShiftSpan] | null {
  const spans = spansOf(cells, book);
  let latest: ShiftSpan | undefined;
  for (const span of spans) {
    if (latest && span.start < latest.end) return [latest, span];
    if (!latest || span.end > latest.end) latest = span;
  }
  return null;
}

/** Every pair of the person's shifts that overlap, in start order. */
export function findOverlaps(cells: PersonCells, book: CodeBook): [ShiftSpan, ShiftSpan][] {
  const spans = spansOf(cells, book);
  const out: [ShiftSpan, ShiftSpan][] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i] as ShiftSpan;
    for (let j = i + 1; j < spans.length && (spans[j] as ShiftSpan).start < a.end; j++)
      out.push([a, spans[j] as ShiftSpan]);
  }
  return out;
}

/** A working day: a shift, or a day code of the `training` kind (training is working time). */
export function isWorkingDay(codes: readonly string[] | undefined, book: CodeBook): boolean {
  if (!codes) return false;
  return codes.some((code) => {
    const info = book.get(codeKey(code));
    return info?.kind === 'shift' || (info?.kind === 'day' && info.dayKind === 'training');
  });
}

/** Paid hours of a day: its shifts' paid hours (a shift crossing midnight counts on its start day). */
export function paidHoursOn(codes: readonly string[] | undefined, book: CodeBook): number {
  let hours = 0;
  for (const code of codes ?? []) {
    const info = book.get(codeKey(code));
    if (info?.kind === 'shift') hours += info.paidHours;
  }
  return hours;
}

export interface CheckWarning {
  kind: 'rest' | 'daysInRow' | 'weekHours' | 'monthOvertime';
  date: string;
  value: number;
  limit: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Rest below the minimum between one shift's end and the next one's start (after a night: the night minimum). */
export function restWarnings(cells: PersonCells, book: CodeBook, rules: RosterRuleLimits): CheckWarning[] {
  const out: CheckWarning[] = [];
  const spans = spansOf(cells, book);
  for (let i = 1; i < spans.length; i++) {
    const before = spans[i - 1] as ShiftSpan;
    const after = spans[i] as ShiftSpan;
    const rest = (after.start - before.end) / 60;
    const limit = before.night ? rules.restAfterNightHours : rules.restHours;
    if (rest < limit) out.push({ kind: 'rest', date: after.date, value: round2(rest), limit });
  }
  return out;
}

/** Each working day that is more than `maxDaysInRow` working days into a run, with the run's length so far. */
export function daysInRowWarnings(
  cells: PersonCells,
  book: CodeBook,
  rules: RosterRuleLimits,
  from: string,
  to: string,
): CheckWarning[] {
  const out: CheckWarning[] = [];
  let run = 0;
  for (let d = from; d <= to; d = addDaysIso(d, 1)) {
    run = isWorkingDay(cells.get(d), book) ? run + 1 : 0;
    if (run > rules.maxDaysInRow)
      out.push({ kind: 'daysInRow', date: d, value: run, limit: rules.maxDaysInRow });
  }
  return out;
}

/**
 * Paid hours of each Monday-to-Sunday week touching `from`..`to`, above the
 * limit: dated on the week's Sunday. The whole week counts even when it
 * spans two months, so the caller passes cells from its Monday to its Sunday.
 */
export function weekHoursWarnings(
  cells: PersonCells,
  book: CodeBook,
  rules: RosterRuleLimits,
  from: string,
  to: string,
): CheckWarning[] {
  const out: CheckWarning[] = [];
  for (let sunday = sundayOf(from); addDaysIso(sunday, -6) <= to; sunday = addDaysIso(sunday, 7)) {
    let hours = 0;
    for (let d = addDaysIso(sunday, -6); d <= sunday; d = addDaysIso(d, 1))
      hours += paidHoursOn(cells.get(d), book);
    if (hours > rules.weekHoursLimit) {
      out.push({ kind: 'weekHours', date: sunday, value: round2(hours), limit: rules.weekHoursLimit });
    }
  }
  return out;
}

/** Hours above the month's standard hours, for each month touching `from`..`to`: dated on its last day. */
export function monthOvertimeWarnings(
  cells: PersonCells,
  book: CodeBook,
  rules: RosterRuleLimits,
  holidays: ReadonlyMap<string, HolidayMark['kind']>,
  from: string,
  to: string,
): CheckWarning[] {
  const out: CheckWarning[] = [];
  const hoursBy = new Map<string, number>();
  for (const [date, codes] of cells) {
    const period = periodOfDate(date);
    hoursBy.set(period, (hoursBy.get(period) ?? 0) + paidHoursOn(codes, book));
  }
  for (let period = periodOfDate(from); period <= periodOfDate(to);) {
    const over = (hoursBy.get(period) ?? 0) - standardMonthHours(period, holidays);
    if (over > rules.monthOvertimeLimit) {
      out.push({
        kind: 'monthOvertime',
        date: lastOfMonth(period),
        value: round2(over),
        limit: rules.monthOvertimeLimit,
      });
    }
    period = periodOfDate(addDaysIso(lastOfMonth(period), 1));
  }
  return out;
}

/**
 * Every warning for one person over `from`..`to`. `cells` must hold the
 * person's cells over the context the checks need (see `checkContext`):
 * warnings are reported when the day, week or month they concern touches the period.
 */
export function personWarnings(
  cells: PersonCells,
  book: CodeBook,
  rules: RosterRuleLimits,
  holidays: ReadonlyMap<string, HolidayMark['kind']>,
  standardTime: boolean,
  from: string,
  to: string,
): CheckWarning[] {
  const context = checkContext(from, to, rules);
  const out = restWarnings(cells, book, rules).filter((w) => w.date >= from && w.date <= to);
  out.push(...daysInRowWarnings(cells, book, rules, context.from, to).filter((w) => w.date >= from));
  if (standardTime) {
    out.push(...weekHoursWarnings(cells, book, rules, from, to));
    out.push(...monthOvertimeWarnings(cells, book, rules, holidays, from, to));
  }
  return out;
}

/**
 * The days whose cells the checks of `from`..`to` read: back to the Monday of
 * the first week, the first of the first month and far enough for a run of
 * days in a row; on to the Sunday of the last week and the end of the last month.
 */
export function checkContext(
  from: string,
  to: string,
  rules: Pick<RosterRuleLimits, 'maxDaysInRow'>,
): { from: string; to: string } {
  const starts = [
    addDaysIso(from, -7),
    `${periodOfDate(from)}-01`,
    addDaysIso(from, -(rules.maxDaysInRow + 1)),
  ];
  const ends = [sundayOf(to), lastOfMonth(periodOfDate(to)), addDaysIso(to, 1)];
  return { from: starts.reduce((a, b) => (a < b ? a : b)), to: ends.reduce((a, b) => (a > b ? a : b)) };
}
