/** The center's holidays table: statutory days off and 调休 working days, typed in year by year. */
import type { z } from 'zod';
import { CareError } from '../../../shared/errors';
import { isLiveRecord } from '../../../shared/domain/census';
import type { SaveHolidaysSchema } from '../../../shared/ipc/rosters';
import { newId, type CoreDoc, type Holiday } from '../../../shared/schema';
import { localNow } from '../rounds';
import type { RosterDeps } from './deps';

export function liveHolidays(core: Readonly<Pick<CoreDoc, 'holidays'>>): Holiday[] {
  return core.holidays.filter((h) => isLiveRecord(h));
}

export function holidaysOfYear(core: Readonly<Pick<CoreDoc, 'holidays'>>, year: number): Holiday[] {
  const prefix = `${String(year)}-`;
  return liveHolidays(core)
    .filter((h) => h.date.startsWith(prefix))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Replaces the year's list: a day kept keeps its record (updated when its
 * kind or name changed), a day dropped is voided, a new day is added.
 */
export async function saveHolidays(
  deps: RosterDeps,
  input: z.output<typeof SaveHolidaysSchema>,
): Promise<Holiday[]> {
  const prefix = `${String(input.year)}-`;
  const seen = new Set<string>();
  for (const day of input.days) {
    if (!day.date.startsWith(prefix))
      throw new CareError('rosters.holidayOutsideYear', { date: day.date, year: input.year });
    if (seen.has(day.date)) throw new CareError('rosters.holidayTwice', { date: day.date });
    seen.add(day.date);
  }
  const summary =
    `${String(input.year)}: ${input.days.map((d) => `${d.date.slice(5)} ${d.name}`).join('、')}`.slice(
      0,
      300,
    );
  return deps.store().mutate({ actor: deps.actor, action: 'rosters.saveHolidays', summary }, (tx) => {
    const { at } = localNow(deps);
    const current = holidaysOfYear(tx.core, input.year);
    const byDate = new Map(current.map((h) => [h.date, h]));
    for (const h of current)
      if (!seen.has(h.date))
        tx.put('core', 'holidays', {
          ...h,
          updatedAt: at,
          voided: { at, by: deps.actor, reason: 'rosters.saveHolidays' },
        });
    const out: Holiday[] = [];
    for (const day of input.days) {
      const old = byDate.get(day.date);
      if (old && old.kind === day.kind && old.name === day.name) {
        out.push(old);
        continue;
      }
      const next: Holiday = old
        ? { ...old, kind: day.kind, name: day.name, updatedAt: at }
        : { id: newId(), createdAt: at, updatedAt: at, date: day.date, kind: day.kind, name: day.name };
      tx.put('core', 'holidays', next);
      out.push(next);
    }
    return out.sort((a, b) => a.date.localeCompare(b.date));
  });
}
