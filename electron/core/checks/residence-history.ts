/**
 * The residence invariants over the whole history (shared/domain/residence-rules.ts),
 * for `care verify`. The referential checks beside this file already report a bed
 * double-booked, overlapping stays and records outside their stay; this file adds
 * what only a day-by-day reading finds: one person in two beds, overlapping leaves,
 * a bed let while closed or before it was in service, anything running after a death.
 */
import { findResidenceConflicts, type ResidenceConflictCode } from '../../../shared/domain/residence-rules';
import type { CoreDoc } from '../../../shared/schema';
import { CORE_FILE, problem, type ReferenceProblem } from './problems';

const REPORTED_HERE: ReadonlySet<ResidenceConflictCode> = new Set([
  'personTwoBeds',
  'leavesOverlap',
  'bedClosed',
  'bedNotInService',
  'afterDeath',
]);

type Core = Pick<CoreDoc, 'people' | 'beds' | 'stays' | 'bedAssignments' | 'leaves' | 'criticalIllnesses'>;

export function checkResidenceHistory(core: Core): ReferenceProblem[] {
  const labels = new Map(core.beds.map((b) => [b.id, b.label]));
  return findResidenceConflicts({ ...core, criticalIllnesses: core.criticalIllnesses ?? [] })
    .filter((c) => REPORTED_HERE.has(c.code))
    .map((c) =>
      problem(CORE_FILE, `residence.${c.code}`, {
        ref: c.personId,
        id: c.recordId,
        other: c.otherId ?? '',
        date: c.date,
        bed: c.bedId === undefined ? '' : (labels.get(c.bedId) ?? c.bedId),
      }),
    );
}
