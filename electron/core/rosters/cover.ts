/**
 * Cover per shift and day: carers needed for the residents in the house at
 * the shift's start (census rule, shared/domain/census.ts) against the staff
 * of a care post rostered on it. Days after today use the register of today:
 * nobody knows tomorrow's admissions yet.
 */
import { awayOn, inRegister, isLiveRecord } from '../../../shared/domain/census';
import { codeKey } from '../../../shared/domain/roster-checks';
import { carersNeeded, coverOf } from '../../../shared/domain/roster-cover';
import { datesBetween } from '../../../shared/domain/roster-hours';
import type { CoverCell } from '../../../shared/ipc/rosters';
import type { CoreDoc, RosterEntry, ShiftTemplate } from '../../../shared/schema';
import type { CareStore } from '../care-store';
import { liveEntries } from './cells';

/** Each resident's ability levels by date (oldest first), to find the level on a day without a scan of all. */
function levelsByPerson(core: Readonly<CoreDoc>): Map<string, { date: string; level: number }[]> {
  const out = new Map<string, { date: string; level: number }[]>();
  for (const a of core.abilityAssessments) {
    if (!isLiveRecord(a)) continue;
    const list = out.get(a.personId) ?? [];
    list.push({ date: a.date, level: a.result.finalLevel });
    out.set(a.personId, list);
  }
  for (const list of out.values()) list.sort((x, y) => x.date.localeCompare(y.date));
  return out;
}

function levelOn(list: readonly { date: string; level: number }[] | undefined, date: string): number | null {
  let level: number | null = null;
  for (const item of list ?? []) {
    if (item.date > date) break;
    level = item.level;
  }
  return level;
}

/** Ability levels (null: not assessed yet) of the residents in the house at the census of `date`. */
export function residentLevels(
  core: Readonly<CoreDoc>,
  levels: ReadonlyMap<string, readonly { date: string; level: number }[]>,
  date: string,
): (number | null)[] {
  const inHouse = new Set<string>();
  for (const s of core.stays) if (isLiveRecord(s) && inRegister(s, date)) inHouse.add(s.personId);
  for (const l of core.leaves) if (isLiveRecord(l) && awayOn(l, date)) inHouse.delete(l.personId);
  return [...inHouse].map((id) => levelOn(levels.get(id), date));
}

/**
 * The shifts cover is shown for: a shift template some care staff work in
 * the period, or a night shift (a night always needs its minimum). An office
 * shift nobody of a care post works would otherwise always show short.
 */
function careShifts(
  core: Readonly<CoreDoc>,
  entries: readonly RosterEntry[],
  carers: ReadonlySet<string>,
): ShiftTemplate[] {
  const worked = new Set(entries.filter((e) => carers.has(e.staffId)).map((e) => codeKey(e.shiftCode)));
  return core.shiftTemplates
    .filter((t) => worked.has(codeKey(t.code)) || (t.active && t.night))
    .sort((a, b) => a.start.localeCompare(b.start) || a.code.localeCompare(b.code));
}

/** Cover of every care shift on every day from `from` to `to`; `entries` are the live entries of those days. */
export function coverBetween(
  core: Readonly<CoreDoc>,
  entries: readonly RosterEntry[],
  from: string,
  to: string,
  today: string,
): CoverCell[] {
  const rules = core.settings.rosterRules;
  const carePosts = new Set(rules.carePosts);
  const carers = new Set(core.staff.filter((s) => carePosts.has(s.post)).map((s) => s.id));
  const inPeriod = entries.filter((e) => e.date >= from && e.date <= to);
  const shifts = careShifts(core, inPeriod, carers);
  const onShift = new Map<string, string[]>();
  for (const e of inPeriod) {
    if (!carers.has(e.staffId)) continue;
    const k = `${e.date}|${codeKey(e.shiftCode)}`;
    onShift.set(k, [...(onShift.get(k) ?? []), e.staffId]);
  }
  const levels = levelsByPerson(core);
  const byCensusDay = new Map<string, (number | null)[]>();
  const out: CoverCell[] = [];
  for (const date of datesBetween(from, to)) {
    const censusDay = date > today ? today : date;
    let residents = byCensusDay.get(censusDay);
    if (!residents) byCensusDay.set(censusDay, (residents = residentLevels(core, levels, censusDay)));
    for (const shift of shifts) {
      const staffIds = onShift.get(`${date}|${codeKey(shift.code)}`) ?? [];
      const needed = carersNeeded(
        residents,
        core.settings.staffRatios,
        shift.night,
        rules.nightMinimumCarers,
      );
      out.push({
        date,
        shiftCode: shift.code,
        startsAt: `${date}T${shift.start}`,
        night: shift.night,
        residents: residents.length,
        staffIds,
        ...coverOf(needed, staffIds.length),
      });
    }
  }
  return out;
}

/** Cover of `from`..`to` read from the store (`rosters.cover`, the board's today). */
export async function coverOfRange(
  store: CareStore,
  from: string,
  to: string,
  today: string,
): Promise<CoverCell[]> {
  return coverBetween(store.core, await liveEntries(store, from, to), from, to, today);
}
