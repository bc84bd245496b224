/** Month periods 'YYYY-MM': the unit of record shards and monthly returns. */
import { daysInMonth } from './dates';

export const PERIOD_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): boolean {
  return PERIOD_RE.test(value);
}

/** The period of a 'YYYY-MM-DD' date (or of a 'YYYY-MM-DDTHH:mm…' local date-time). */
export function periodOfDate(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** The local-calendar period of a Date. */
export function periodOf(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

export function addPeriods(period: string, count: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + count;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Inclusive list of periods from `from` to `to`; empty when `to` is before `from`. */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to; p = addPeriods(p, 1)) out.push(p);
  return out;
}

export function firstDayOf(period: string): string {
  return `${period}-01`;
}

export function lastDayOf(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return `${period}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

export function daysInPeriod(period: string): number {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return daysInMonth(y, m);
}
