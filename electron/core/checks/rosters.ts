/**
 * Invariants of the roster the schemas alone cannot state: every code on the
 * roster is a known shift or day code, nobody is in two overlapping shifts
 * within a month file, and each month has at most one publication record.
 */
import {
  codeKey,
  findOverlaps,
  type CodeBook,
  type RosterCodeInfo,
} from '../../../shared/domain/roster-checks';
import type { CoreDoc, ShardRecord } from '../../../shared/schema';
import { CORE_FILE, isLive, problem, type ReferenceProblem } from './problems';

export function rosterCodeBook(core: Readonly<Pick<CoreDoc, 'shiftTemplates' | 'dayCodes'>>): CodeBook {
  const book = new Map<string, RosterCodeInfo>();
  for (const d of core.dayCodes) book.set(codeKey(d.code), { kind: 'day', code: d.code, dayKind: d.kind });
  for (const t of core.shiftTemplates)
    book.set(codeKey(t.code), {
      kind: 'shift',
      code: t.code,
      start: t.start,
      end: t.end,
      paidHours: t.paidHours,
      night: t.night,
    });
  return book;
}

export function checkRosterMonths(core: Readonly<Pick<CoreDoc, 'rosterMonths'>>): ReferenceProblem[] {
  const seen = new Set<string>();
  const out: ReferenceProblem[] = [];
  for (const m of core.rosterMonths) {
    if (seen.has(m.month)) out.push(problem(CORE_FILE, 'roster.monthTwice', { month: m.month }));
    seen.add(m.month);
  }
  return out;
}

/** One month file of roster entries: codes known, no overlapping shifts for one person. */
export function checkRosterShard(
  file: string,
  book: CodeBook,
  records: readonly ShardRecord<'roster'>[],
): ReferenceProblem[] {
  const out: ReferenceProblem[] = [];
  const byStaff = new Map<string, Map<string, string[]>>();
  for (const r of records) {
    if (!isLive(r)) continue;
    if (!book.has(codeKey(r.shiftCode))) {
      out.push(problem(file, 'roster.unknownCode', { id: r.id, code: r.shiftCode }));
      continue;
    }
    let person = byStaff.get(r.staffId);
    if (!person) byStaff.set(r.staffId, (person = new Map<string, string[]>()));
    person.set(r.date, [...(person.get(r.date) ?? []), r.shiftCode]);
  }
  for (const [staffId, cells] of byStaff)
    for (const [a, b] of findOverlaps(cells, book))
      out.push(
        problem(file, 'roster.overlap', {
          staffId,
          dateA: a.date,
          codeA: a.code,
          dateB: b.date,
          codeB: b.code,
        }),
      );
  return out;
}
