/** The ways to fill the roster: typed cells, patterns, copies and swaps, each one audited write. */
import type { z } from 'zod';
import type { RosterChangeResult, SetCellsSchema } from '../../../shared/ipc/rosters';
import type { RosterDeps } from './deps';
import { writeCells } from './write-cells';

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
