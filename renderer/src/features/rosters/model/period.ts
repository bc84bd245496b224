/**
 * The period a roster screen shows: a calendar month (`?month=YYYY-MM`) or a
 * Monday-to-Sunday week (`?week=` any date of it). Pure: the screens, the
 * print page and the dialogs derive their dates from here.
 */
import { daysInMonth, isIsoDate } from '../../../../../shared/domain/dates';

export type RosterPeriod =
  { kind: 'month'; month: string; from: string; to: string } | { kind: 'week'; from: string; to: string };

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `date` moved by `days` whole days (UTC arithmetic, so no daylight-saving surprises). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function mondayOf(date: string): string {
  return addDays(date, 1 - weekdayOf(date));
}

export function isMonth(value: string): boolean {
  return MONTH_RE.test(value);
}

export function monthPeriod(month: string): RosterPeriod {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { kind: 'month', month, from: `${month}-01`, to: `${month}-${pad(daysInMonth(y, m))}` };
}

export function weekPeriod(anyDate: string): RosterPeriod {
  const from = mondayOf(anyDate);
  return { kind: 'week', from, to: addDays(from, 6) };
}

/** The period the address asks for; a missing or malformed one is this month. */
export function periodFromParams(
  params: { month: string | null; week: string | null },
  today: string,
): RosterPeriod {
  if (params.week !== null && isIsoDate(params.week)) return weekPeriod(params.week);
  if (params.month !== null && isMonth(params.month)) return monthPeriod(params.month);
  return monthPeriod(today.slice(0, 7));
}

/** The month before or after (`step` −1 / +1), or the week before or after. */
export function stepPeriod(period: RosterPeriod, step: number): RosterPeriod {
  if (period.kind === 'week') return weekPeriod(addDays(period.from, 7 * step));
  const [y, m] = period.month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + step;
  return monthPeriod(`${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`);
}

/** Every date of the period, in order. */
export function periodDates(period: { from: string; to: string }): string[] {
  const out: string[] = [];
  for (let d = period.from; d <= period.to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * Where a copy of "the previous one" comes from: the week before, or the whole
 * month before (a shorter month leaves the target's last days as they are, a
 * longer one is cut at the target's end).
 */
export function previousSource(period: RosterPeriod): { from: string; to: string } {
  if (period.kind === 'week') return { from: addDays(period.from, -7), to: addDays(period.to, -7) };
  const previous = stepPeriod(period, -1);
  return { from: previous.from, to: previous.to };
}

/** The address parameters of a period. */
export function periodParams(period: RosterPeriod): { month?: string; week?: string } {
  return period.kind === 'month' ? { month: period.month } : { week: period.from };
}
