/** The ways to fill the roster: typed cells, patterns, copies and swaps, each one audited write. */
import type { z } from 'zod';
import { CareError } from '../../../shared/errors';
import { addDaysIso } from '../../../shared/domain/census';
import { daysBetween } from '../../../shared/domain/dates';
import type {
  ApplyPatternSchema,
  CopyRangeSchema,
  RosterChangeResult,
  SetCellsSchema,
  SwapSchema,
} from '../../../shared/ipc/rosters';
import { indexCells, liveEntries } from './cells';
import { codeRecords } from './codes';
import type { RosterDeps } from './deps';
import { writeCells, type CellChange } from './write-cells';

function namesOf(deps: RosterDeps, ids: Iterable<string>): string {
  const staff = deps.store().core.staff;
  return [...new Set(ids)].map((id) => staff.find((s) => s.id === id)?.name ?? id).join('、');
}

/** Cells as typed: each change replaces the whole cell. */
export function setCells(
  deps: RosterDeps,
  input: z.output<typeof SetCellsSchema>,
): Promise<RosterChangeResult> {
  const shown = input.changes
    .slice(0, 8)
    .map((c) => `${namesOf(deps, [c.staffId])} ${c.date} ${c.codes.join('/') || '—'}`)
    .join('；');
  const more = input.changes.length > 8 ? ` … (${String(input.changes.length)})` : '';
  return writeCells(
    deps,
    { action: 'rosters.setCells', summary: `${shown}${more}`, note: input.note },
    input.changes,
  );
}

/**
 * The pattern repeated over the days: person k is at position `offset` on
 * `from`. An empty position leaves the day empty (clears it when overwriting).
 */
export function patternChanges(input: z.output<typeof ApplyPatternSchema>): CellChange[] {
  const days = daysBetween(input.from, input.to) + 1;
  const out: CellChange[] = [];
  for (const person of input.people)
    for (let i = 0; i < days; i++) {
      const code = input.pattern[(person.offset + i) % input.pattern.length] ?? '';
      if (code === '' && !input.overwrite) continue;
      out.push({
        staffId: person.staffId,
        date: addDaysIso(input.from, i),
        codes: code === '' ? [] : [code],
        onlyIfEmpty: !input.overwrite,
      });
    }
  return out;
}

export function applyPattern(
  deps: RosterDeps,
  input: z.output<typeof ApplyPatternSchema>,
): Promise<RosterChangeResult> {
  const summary = `${input.from}..${input.to} ${input.pattern.map((c) => c || '·').join('')} ${namesOf(
    deps,
    input.people.map((p) => p.staffId),
  )}${input.overwrite ? ' (overwrite)' : ''}`;
  return writeCells(deps, { action: 'rosters.applyPattern', summary }, patternChanges(input));
}

/** The source days onto the target days, day by day, as far as the shorter of the two reaches. */
export async function copyRange(
  deps: RosterDeps,
  input: z.output<typeof CopyRangeSchema>,
): Promise<RosterChangeResult> {
  const store = deps.store();
  const cells = indexCells(
    await liveEntries(store, input.sourceFrom, input.sourceTo),
    codeRecords(store.core),
  );
  const people = input.staffIds ?? [...cells.keys()];
  const days =
    Math.min(daysBetween(input.sourceFrom, input.sourceTo), daysBetween(input.targetFrom, input.targetTo)) +
    1;
  const changes: CellChange[] = [];
  for (const staffId of people)
    for (let i = 0; i < days; i++) {
      const codes = cells.get(staffId)?.get(addDaysIso(input.sourceFrom, i)) ?? [];
      if (codes.length === 0 && !input.overwrite) continue;
      changes.push({ staffId, date: addDaysIso(input.targetFrom, i), codes, onlyIfEmpty: !input.overwrite });
    }
  const summary = `${input.sourceFrom}..${input.sourceTo} → ${input.targetFrom}..${input.targetTo}${
    input.staffIds ? ` ${namesOf(deps, input.staffIds)}` : ''
  }${input.overwrite ? ' (overwrite)' : ''}`;
  return writeCells(deps, { action: 'rosters.copy', summary }, changes);
}

/**
 * Two people exchange their cells on the day(s) named: on `dateA` (and on
 * `dateB` when it differs) A gets what B had and B what A had, so A's shift
 * on dateA goes to B and B's on dateB to A. One person and two dates: the
 * person's two days change places.
 */
export async function swap(
  deps: RosterDeps,
  input: z.output<typeof SwapSchema>,
): Promise<RosterChangeResult> {
  const dateB = input.dateB ?? input.dateA;
  const store = deps.store();
  const [first, last] = input.dateA <= dateB ? [input.dateA, dateB] : [dateB, input.dateA];
  const cells = indexCells(await liveEntries(store, first, last), codeRecords(store.core));
  const cell = (staffId: string, date: string): string[] => cells.get(staffId)?.get(date) ?? [];
  const changes: CellChange[] =
    input.staffA === input.staffB
      ? [
          { staffId: input.staffA, date: input.dateA, codes: cell(input.staffA, dateB) },
          { staffId: input.staffA, date: dateB, codes: cell(input.staffA, input.dateA) },
        ]
      : [...new Set([input.dateA, dateB])].flatMap((date) => [
          { staffId: input.staffA, date, codes: cell(input.staffB, date) },
          { staffId: input.staffB, date, codes: cell(input.staffA, date) },
        ]);
  if (changes.every((c) => c.codes.length === 0)) throw new CareError('rosters.nothingToSwap');
  const dates = dateB === input.dateA ? input.dateA : `${input.dateA}/${dateB}`;
  const summary = `${namesOf(deps, [input.staffA])} ⇄ ${namesOf(deps, [input.staffB])} ${dates}: ${input.reason}`;
  return writeCells(deps, { action: 'rosters.swap', summary, note: input.reason }, changes);
}
