/**
 * The holidays table as edited: rows may be half-typed; before saving each is
 * checked (a date of that year, once, and a name) so the problem shows on its row.
 */
import { isIsoDate } from '../../../../../shared/domain/dates';
import type { HolidayKind } from '../../../../../shared/schema';

export interface HolidayRow {
  key: string;
  date: string;
  kind: HolidayKind;
  name: string;
}

export type HolidayProblem = 'dateMissing' | 'wrongYear' | 'duplicate' | 'nameMissing';

/** Problems by row key and field; empty when the table can be saved. */
export function holidayProblems(
  rows: readonly HolidayRow[],
  year: number,
): Map<string, Partial<Record<'date' | 'name', HolidayProblem>>> {
  const out = new Map<string, Partial<Record<'date' | 'name', HolidayProblem>>>();
  const seen = new Set<string>();
  for (const row of rows) {
    const problems: Partial<Record<'date' | 'name', HolidayProblem>> = {};
    if (!isIsoDate(row.date)) problems.date = 'dateMissing';
    else if (Number(row.date.slice(0, 4)) !== year) problems.date = 'wrongYear';
    else if (seen.has(row.date)) problems.date = 'duplicate';
    if (isIsoDate(row.date)) seen.add(row.date);
    if (row.name.trim() === '') problems.name = 'nameMissing';
    if (problems.date || problems.name) out.set(row.key, problems);
  }
  return out;
}

/** The rows in date order, as saved. */
export function holidaysToSave(
  rows: readonly HolidayRow[],
): { date: string; kind: HolidayKind; name: string }[] {
  return [...rows]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ date, kind, name }) => ({ date, kind, name: name.trim() }));
}
