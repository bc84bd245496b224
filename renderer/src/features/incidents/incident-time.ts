/**
 * Dates and times of incidents: ranges the core can answer (it lists at most
 * MAX_QUERY_DAYS at a time), and the wall-clock date and time on the forms
 * turned into the instants the contract keeps (and back).
 */
import { MAX_QUERY_DAYS } from '../../../../shared/ipc/rounds';
import type { IncidentRow } from '../../../../shared/ipc/incidents';
import { stampOf } from '../../../../shared/domain/round-plan';

/** `iso` moved by whole days (UTC arithmetic, so the day never shifts with the time zone). */
export function daysBefore(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** `from`..`to` cut into pieces the core lists in one call each, newest first. */
export function rangeChunks(from: string, to: string): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  let end = to;
  while (end >= from) {
    const start = daysBefore(end, MAX_QUERY_DAYS - 1);
    out.push({ from: start < from ? from : start, to: end });
    end = daysBefore(start, 1);
  }
  return out;
}

/**
 * The rows of several answers as one list: each answer repeats the open
 * incidents, so they are kept once; open first, then newest first, as the core orders one answer.
 */
export function mergeRows(answers: readonly (readonly IncidentRow[])[]): IncidentRow[] {
  const byId = new Map<string, IncidentRow>();
  for (const rows of answers) for (const row of rows) byId.set(row.incident.id, row);
  const stamp = (r: IncidentRow) => stampOf(r.incident.date, r.incident.occurredTime);
  return [...byId.values()].sort((a, b) => {
    if (a.open !== b.open) return a.open ? -1 : 1;
    const x = stamp(a);
    const y = stamp(b);
    return x < y ? 1 : x > y ? -1 : 0;
  });
}

/** A local date and 'HH:mm' as the instant the contract keeps; null when either is not given. */
export function instantOf(date: string, time: string): string | null {
  if (date === '' || time === '') return null;
  const local = new Date(`${date}T${time}:00`);
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the local date and 'HH:mm' the forms show. */
export function localParts(iso: string): { date: string; time: string } {
  const at = new Date(iso);
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** The current local time as 'HH:mm'. */
export function timeNow(now: Date = new Date()): string {
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
