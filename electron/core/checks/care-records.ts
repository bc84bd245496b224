/**
 * Invariants of rounds, fire patrols, handovers and incidents that the
 * schemas alone cannot state: a round's 实查 and "needs attention" counts
 * match its marks and nobody is marked twice; a handover is `signed` exactly
 * when both carers signed, and has addenda only then; a closed incident has
 * the family notification and the review it needed to close.
 */
import type { ShardKind, ShardRecord } from '../../../shared/schema';
import { isLive, problem, type ReferenceProblem } from './problems';

function checkRound(file: string, r: ShardRecord<'rounds'>, out: ReferenceProblem[]): void {
  if (r.type !== 'round' || r.marks.length === 0) return;
  const attention = r.marks.filter((m) => m.mark === 'needsAttention').length;
  if (r.checkedCount !== r.marks.length || r.abnormalCount !== attention)
    out.push(problem(file, 'care.roundCounts', { id: r.id, marks: r.marks.length, checked: r.checkedCount }));
  if (new Set(r.marks.map((m) => m.personId)).size !== r.marks.length)
    out.push(problem(file, 'care.roundMarkedTwice', { id: r.id }));
}

function checkCareLog(file: string, r: ShardRecord<'careLogs'>, out: ReferenceProblem[]): void {
  if (r.type === 'handover') {
    const bothSigned = r.outgoing !== null && r.incoming !== null;
    if ((r.state === 'signed') !== bothSigned || (r.incoming !== null && r.outgoing === null))
      out.push(problem(file, 'care.handoverState', { id: r.id, state: r.state }));
    if (r.addenda.length > 0 && r.state !== 'signed')
      out.push(problem(file, 'care.addendumUnsigned', { id: r.id }));
  }
  if (r.type === 'incident' && r.closed !== null && (r.familyNotification === null || r.review === null))
    out.push(problem(file, 'care.incidentClosedEarly', { id: r.id }));
}

export function checkCareRecords(
  file: string,
  kind: ShardKind,
  records: readonly ShardRecord<ShardKind>[],
): ReferenceProblem[] {
  const out: ReferenceProblem[] = [];
  for (const record of records) {
    if (!isLive(record)) continue;
    if (kind === 'rounds') checkRound(file, record as ShardRecord<'rounds'>, out);
    if (kind === 'careLogs') checkCareLog(file, record as ShardRecord<'careLogs'>, out);
  }
  return out;
}
