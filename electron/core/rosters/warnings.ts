/** The roster's warnings for people over a period, read from the store. */
import { personWarnings, checkContext } from '../../../shared/domain/roster-checks';
import { holidayIndex } from '../../../shared/domain/roster-hours';
import type { RosterWarning } from '../../../shared/ipc/rosters';
import type { CoreDoc } from '../../../shared/schema';
import type { CareStore } from '../care-store';
import { indexCells, liveEntries, type CellIndex } from './cells';
import { codeBook, codeRecords } from './codes';
import { liveHolidays } from './holidays-service';

/** Warnings of `people` from `from` to `to`, given their cells over `checkContext(from, to)`. */
export function warningsOf(
  core: Readonly<CoreDoc>,
  cells: CellIndex,
  people: Iterable<string>,
  from: string,
  to: string,
): RosterWarning[] {
  const book = codeBook(codeRecords(core));
  const rules = core.settings.rosterRules;
  const holidays = holidayIndex(liveHolidays(core));
  const out: RosterWarning[] = [];
  for (const staffId of people) {
    const member = core.staff.find((s) => s.id === staffId);
    const personCells = cells.get(staffId);
    if (!member || !personCells) continue;
    const standard = member.workingTime === 'standard';
    for (const w of personWarnings(personCells, book, rules, holidays, standard, from, to))
      out.push({ ...w, staffId });
  }
  return out;
}

export async function warningsFor(
  store: CareStore,
  people: ReadonlySet<string>,
  from: string,
  to: string,
): Promise<RosterWarning[]> {
  const context = checkContext(from, to, store.core.settings.rosterRules);
  const entries = (await liveEntries(store, context.from, context.to)).filter((e) => people.has(e.staffId));
  return warningsOf(store.core, indexCells(entries, codeRecords(store.core)), people, from, to);
}
