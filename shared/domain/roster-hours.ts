/**
 * Calendar arithmetic of the roster: weekdays (Monday = 1), Monday-to-Sunday
 * weeks, the center's holidays and the month's standard hours (working days
 * × 8, working days = Monday to Friday less `holiday` plus `workday`).
 */
import { addDaysIso } from './census';
import { daysInMonth } from './dates';

export interface HolidayMark {
  date: string;
  kind: 'holiday' | 'workday';
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the Monday-to-Sunday week holding `date`. */
export function mondayOf(date: string): string {
  return addDaysIso(date, 1 - isoWeekday(date));
}

export function sundayOf(date: string): string {
  return addDaysIso(date, 7 - isoWeekday(date));
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDaysIso(d, 1)) out.push(d);
  return out;
}

export function firstOfMonth(period: string): string {
  return `${period}-01`;
}

export function lastOfMonth(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return `${period}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** The holidays table as date → kind (the last mark of a date wins; the core keeps one per date). */
export function holidayIndex(marks: readonly HolidayMark[]): Map<string, HolidayMark['kind']> {
  return new Map(marks.map((m) => [m.date, m.kind]));
}

/** Whether `date` is a day off by the calendar: a statutory holiday, or a weekend day not worked as 调休. */
export function isOffDay(date: string, holidays: ReadonlyMap<string, HolidayMark['kind']>): boolean {
  const kind = holidays.get(date);
  if (kind === 'holiday') return true;
  if (kind === 'workday') return false;
  return isoWeekday(date) >= 6;
}

/** Working days of a month: Monday to Friday, less statutory holidays, plus 调休 working days. */
export function workingDaysOfMonth(
  period: string,
  holidays: ReadonlyMap<string, HolidayMark['kind']>,
): number {
  return datesBetween(firstOfMonth(period), lastOfMonth(period)).filter((d) => !isOffDay(d, holidays)).length;
}

/** The month's standard hours for staff on the standard working-time system: working days × 8. */
export function standardMonthHours(
  period: string,
  holidays: ReadonlyMap<string, HolidayMark['kind']>,
): number {
  return workingDaysOfMonth(period, holidays) * 8;
}
