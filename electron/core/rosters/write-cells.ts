/**
 * The one way roster cells change: a list of (person, date, codes) written in
 * one audited, durable mutation, all or nothing. Setting cells, patterns,
 * copies and swaps all end here, so each is refused the same way (overlap,
 * unknown or inactive code or person) and each raises the version of a
 * published month it touches.
 */
import { CareError } from '../../../shared/errors';
import { addDaysIso, isLiveRecord } from '../../../shared/domain/census';
import { codeKey, findOverlaps } from '../../../shared/domain/roster-checks';
import { periodOfDate } from '../../../shared/domain/period';
import type { RosterChangeResult } from '../../../shared/ipc/rosters';
import { newId, type CoreDoc, type RosterEntry, type RosterMonth, type Staff } from '../../../shared/schema';
import type { CareTx } from '../care-store';
import { localNow } from '../rounds';
import { indexCells } from './cells';
import { codeBook, codeRecords, resolveCode, type CodeRecord } from './codes';
import type { RosterDeps } from './deps';
import { warningsFor } from './warnings';

export interface CellChange {
  staffId: string;
  date: string;
  codes: readonly string[];
  /** Leave a cell that already holds a code as it is (patterns and copies without overwrite). */
  onlyIfEmpty?: boolean;
}

export interface WriteMeta {
  action: string;
  summary: string;
  /** Why a published month changes (its version line). */
  note?: string | undefined;
}

type Key = `${string}|${string}`;
const keyOf = (staffId: string, date: string): Key => `${staffId}|${date}`;

function staffOf(core: Readonly<CoreDoc>, id: string): Staff {
  const member = core.staff.find((s) => s.id === id);
  if (!member) throw new CareError('rosters.unknownStaff', { id });
  return member;
}

/** Entries of the tx's view (committed month files) for these people from `from` to `to`. */
async function entriesOf(
  tx: CareTx,
  people: ReadonlySet<string>,
  from: string,
  to: string,
): Promise<RosterEntry[]> {
  const out: RosterEntry[] = [];
  for (
    let period = periodOfDate(from);
    period <= periodOfDate(to);
    period = periodOfDate(addDaysIso(`${period}-28`, 7))
  ) {
    const shard = await tx.shard('roster', period);
    for (const r of shard.records)
      if (people.has(r.staffId) && r.date >= from && r.date <= to && isLiveRecord(r)) out.push(r);
  }
  return out;
}

/** The codes of one change, checked and spelled as stored; codes already in the cell may stay though inactive. */
function checkedCodes(
  records: ReadonlyMap<string, CodeRecord>,
  change: CellChange,
  member: Staff,
  existing: readonly RosterEntry[],
): string[] {
  const held = new Set(existing.map((e) => codeKey(e.shiftCode)));
  const out: string[] = [];
  for (const typed of change.codes) {
    const found = resolveCode(records, typed);
    const key = codeKey(found.record.code);
    if (out.some((c) => codeKey(c) === key)) {
      throw new CareError('rosters.sameCodeTwice', { name: member.name, date: change.date });
    }
    if (!found.record.active && !held.has(key)) {
      throw new CareError('rosters.inactiveCode', { code: found.record.code, name: found.record.name });
    }
    out.push(found.record.code);
  }
  if (out.length > 0 && !member.active && out.some((c) => !held.has(codeKey(c)))) {
    throw new CareError('rosters.inactiveStaff', { name: member.name });
  }
  return out;
}

/** A published month touched by the change gets a new version and the change's line. */
function bumpMonths(
  tx: CareTx,
  deps: RosterDeps,
  periods: ReadonlySet<string>,
  note: string | undefined,
): void {
  const { at } = localNow(deps);
  const user = deps.user();
  for (const period of periods) {
    const month = tx.core.rosterMonths.find((m) => m.month === period);
    if (!month) continue;
    const next: RosterMonth = {
      ...month,
      version: month.version + 1,
      updatedAt: at,
      lastChange: {
        at,
        by: user?.id ?? month.publishedBy,
        byName: user?.displayName ?? deps.actor,
        note: note ?? '',
      },
    };
    tx.put('core', 'rosterMonths', next);
  }
}

/**
 * Writes the changes (the last change of a cell wins) and returns how many
 * cells changed and the warnings of the changed people over the changed days.
 */
export async function writeCells(
  deps: RosterDeps,
  meta: WriteMeta,
  changes: readonly CellChange[],
): Promise<RosterChangeResult> {
  const wanted = new Map<Key, CellChange>();
  for (const c of changes) wanted.set(keyOf(c.staffId, c.date), c);
  if (wanted.size === 0) return { changed: 0, warnings: [] };
  const dates = [...wanted.values()].map((c) => c.date).sort();
  const from = dates[0] as string;
  const to = dates[dates.length - 1] as string;
  const people = new Set([...wanted.values()].map((c) => c.staffId));

  const changed = await deps
    .store()
    .mutate({ actor: deps.actor, action: meta.action, summary: meta.summary }, async (tx) => {
      const records = codeRecords(tx.core);
      const book = codeBook(records);
      // A day either side: a night shift before the first day or after the last may overlap.
      const existing = await entriesOf(tx, people, addDaysIso(from, -1), addDaysIso(to, 1));
      const byCell = new Map<Key, RosterEntry[]>();
      for (const e of existing) {
        const k = keyOf(e.staffId, e.date);
        byCell.set(k, [...(byCell.get(k) ?? []), e]);
      }
      const cells = indexCells(existing, records);
      const { at } = localNow(deps);
      const writes: { change: CellChange; codes: string[]; member: Staff; held: RosterEntry[] }[] = [];
      for (const [k, change] of wanted) {
        const member = staffOf(tx.core, change.staffId);
        const held = byCell.get(k) ?? [];
        if (change.onlyIfEmpty && held.length > 0) continue;
        const codes = checkedCodes(records, change, member, held);
        const sameSet =
          codes.length === held.length &&
          codes.every((c) => held.some((e) => codeKey(e.shiftCode) === codeKey(c)));
        if (sameSet) continue;
        let person = cells.get(change.staffId);
        if (!person) cells.set(change.staffId, (person = new Map<string, string[]>()));
        person.set(change.date, codes);
        writes.push({ change, codes, member, held });
      }
      const touched = new Set(writes.map((w) => keyOf(w.change.staffId, w.change.date)));
      for (const staffId of new Set(writes.map((w) => w.change.staffId))) {
        // Only an overlap involving a changed cell refuses: old data must not block unrelated edits.
        const clash = findOverlaps(cells.get(staffId) ?? new Map<string, string[]>(), book).find(
          ([a, b]) => touched.has(keyOf(staffId, a.date)) || touched.has(keyOf(staffId, b.date)),
        );
        if (clash) {
          const [a, b] = clash;
          throw new CareError('rosters.overlap', {
            name: staffOf(tx.core, staffId).name,
            dateA: a.date,
            codeA: a.code,
            dateB: b.date,
            codeB: b.code,
          });
        }
      }
      const reason = meta.note ? `${meta.action}: ${meta.note}` : meta.action;
      for (const { change, codes, member, held } of writes) {
        const ref = { kind: 'roster' as const, period: periodOfDate(change.date) };
        const keep = new Set(codes.map(codeKey));
        for (const e of held)
          if (!keep.has(codeKey(e.shiftCode)))
            tx.put(ref, { ...e, updatedAt: at, voided: { at, by: deps.actor, reason } });
        const heldKeys = new Set(held.map((e) => codeKey(e.shiftCode)));
        for (const code of codes) {
          if (heldKeys.has(codeKey(code))) continue;
          tx.put(ref, {
            id: newId(),
            createdAt: at,
            updatedAt: at,
            date: change.date,
            staffId: change.staffId,
            shiftCode: code,
            area: member.area ?? '',
            teamLeader: false,
          });
        }
      }
      bumpMonths(tx, deps, new Set(writes.map((w) => periodOfDate(w.change.date))), meta.note);
      return writes.length;
    });
  const warnings = await warningsFor(deps.store(), people, from, to);
  return { changed, warnings };
}
