/** Roster cells read from the month files of kind `roster`: one live entry per code. */
import { isLiveRecord } from '../../../shared/domain/census';
import type { RosterEntry } from '../../../shared/schema';
import type { CareStore } from '../care-store';
import { recordsBetween } from '../rounds';
import { sortCodes, type CodeRecord } from './codes';

/** The live roster entries dated from `from` to `to`. */
export async function liveEntries(store: CareStore, from: string, to: string): Promise<RosterEntry[]> {
  const records = await recordsBetween(store, 'roster', from, to);
  return records.filter((r) => isLiveRecord(r));
}

/** staffId → date → codes (cell order). */
export type CellIndex = Map<string, Map<string, string[]>>;

export function indexCells(
  entries: readonly RosterEntry[],
  records: ReadonlyMap<string, CodeRecord>,
): CellIndex {
  const out: CellIndex = new Map();
  for (const e of entries) {
    let person = out.get(e.staffId);
    if (!person) out.set(e.staffId, (person = new Map<string, string[]>()));
    const codes = person.get(e.date);
    if (codes) codes.push(e.shiftCode);
    else person.set(e.date, [e.shiftCode]);
  }
  for (const person of out.values()) for (const codes of person.values()) sortCodes(codes, records);
  return out;
}

/** One person's cells limited to `from`..`to`. */
export function cellsIn(
  cells: ReadonlyMap<string, string[]> | undefined,
  from: string,
  to: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!cells) return out;
  for (const [date, codes] of cells) if (date >= from && date <= to && codes.length > 0) out[date] = codes;
  return out;
}
