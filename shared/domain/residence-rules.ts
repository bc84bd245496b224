/**
 * The invariants of the residential history, as one pure function over the
 * records: no bed held by two residents on one day, no two stays of one person
 * on one day, one bed per resident per day, bed assignments and leaves inside
 * their stay, no two leaves at once, no bed let while closed or before it is in
 * service, and nothing after a death. The core checks the state a change would
 * produce (so a refusal names the other person and the day); `verify` checks
 * the whole history. Every span is read with the census rule (census.ts).
 */
import {
  assignmentSpan,
  firstSharedDay,
  isLiveRecord,
  leaveSpan,
  spanIsEmpty,
  staySpan,
  type DaySpan,
} from './census';

export const RESIDENCE_CONFLICT_CODES = [
  'bedDoubleBooked',
  'staysOverlap',
  'personTwoBeds',
  'assignmentOutsideStay',
  'leaveOutsideStay',
  'leavesOverlap',
  'bedClosed',
  'bedNotInService',
  'afterDeath',
] as const;
export type ResidenceConflictCode = (typeof RESIDENCE_CONFLICT_CODES)[number];

export interface ResidenceConflict {
  code: ResidenceConflictCode;
  /** The resident whose record is in conflict. */
  personId: string;
  /** The first census day of the conflict (or the record's day for `outside`/`afterDeath`). */
  date: string;
  recordId: string;
  /** The other resident (a bed held by two) or the other record. */
  otherPersonId?: string;
  otherId?: string;
  bedId?: string;
}

interface Live {
  id: string;
  voided?: unknown;
}
export interface RuleStay extends Live {
  personId: string;
  admittedOn: string;
  dischargedOn: string | null;
}
export interface RuleAssignment extends Live {
  personId: string;
  bedId: string;
  stayId?: string | undefined;
  from: string;
  to: string | null;
}
export interface RuleLeave extends Live {
  personId: string;
  stayId?: string | undefined;
  from: string;
  returnedAt: string | null;
}
export interface RuleMark extends Live {
  personId: string;
  from: string;
  to: string | null;
}
export interface RuleBed {
  id: string;
  inServiceFrom: string;
  closures: readonly { from: string; to: string | null }[];
}
export interface RulePerson {
  id: string;
  deathDate?: string | undefined;
}

export interface ResidenceRecords {
  people: readonly RulePerson[];
  beds: readonly RuleBed[];
  stays: readonly RuleStay[];
  bedAssignments: readonly RuleAssignment[];
  leaves: readonly RuleLeave[];
  criticalIllnesses: readonly RuleMark[];
}

/** Limit the check to the residents and beds a change touches; absent = the whole history. */
export interface ResidenceScope {
  personIds: ReadonlySet<string>;
  bedIds: ReadonlySet<string>;
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const bucket = out.get(k);
    if (bucket) bucket.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Pairs of records in one list whose spans share a census day: sorted by
 * start, each compared with the one reaching furthest so far. Empty spans
 * (a same-day stay) hold no census day and meet nothing.
 */
function overlapping<T>(list: readonly T[], span: (t: T) => DaySpan): [T, T, string][] {
  const sorted = list
    .filter((t) => !spanIsEmpty(span(t)))
    .sort((a, b) => span(a).from.localeCompare(span(b).from));
  const out: [T, T, string][] = [];
  let reach: T | undefined;
  for (const item of sorted) {
    if (reach !== undefined) {
      const day = firstSharedDay(span(reach), span(item));
      if (day !== null) out.push([reach, item, day]);
    }
    const until = span(item).until;
    const reachUntil = reach === undefined ? '' : span(reach).until;
    if (reach === undefined || (reachUntil !== null && (until === null || until > reachUntil))) reach = item;
  }
  return out;
}

/** Whether [from, until) lies inside the stay: a discharged stay leaves nothing open after its last day. */
function insideStay(span: DaySpan, stay: RuleStay): boolean {
  if (span.from < stay.admittedOn) return false;
  if (stay.dischargedOn === null) return true;
  return span.from <= stay.dischargedOn && span.until !== null && span.until <= stay.dischargedOn;
}

function staysFor(stays: readonly RuleStay[], stayId: string | undefined): readonly RuleStay[] {
  return stayId === undefined ? stays : stays.filter((s) => s.id === stayId);
}

export function findResidenceConflicts(
  records: ResidenceRecords,
  scope?: ResidenceScope,
): ResidenceConflict[] {
  const out: ResidenceConflict[] = [];
  const stays = records.stays.filter(isLiveRecord);
  const assignments = records.bedAssignments.filter(isLiveRecord);
  const leaves = records.leaves.filter(isLiveRecord);
  const marks = records.criticalIllnesses.filter(isLiveRecord);
  const wantPerson = (id: string) => scope === undefined || scope.personIds.has(id);
  const wantBed = (id: string) => scope === undefined || scope.bedIds.has(id);

  const byBed = groupBy(assignments, (a) => a.bedId);
  const beds = new Map(records.beds.map((b) => [b.id, b]));
  for (const [bedId, list] of byBed) {
    if (!wantBed(bedId) && !list.some((a) => wantPerson(a.personId))) continue;
    for (const [a, b, date] of overlapping(list, assignmentSpan)) {
      out.push({
        code: 'bedDoubleBooked',
        personId: b.personId,
        otherPersonId: a.personId,
        date,
        recordId: b.id,
        otherId: a.id,
        bedId,
      });
    }
    const bed = beds.get(bedId);
    if (!bed) continue;
    for (const a of list) {
      const span = assignmentSpan(a);
      if (spanIsEmpty(span)) continue;
      if (a.from < bed.inServiceFrom)
        out.push({ code: 'bedNotInService', personId: a.personId, date: a.from, recordId: a.id, bedId });
      for (const c of bed.closures) {
        const day = firstSharedDay(span, { from: c.from, until: c.to });
        if (day !== null)
          out.push({ code: 'bedClosed', personId: a.personId, date: day, recordId: a.id, bedId });
      }
    }
  }

  const staysBy = groupBy(stays, (s) => s.personId);
  const assignmentsBy = groupBy(assignments, (a) => a.personId);
  const leavesBy = groupBy(leaves, (l) => l.personId);
  const marksBy = groupBy(marks, (m) => m.personId);
  const people = new Set([...staysBy.keys(), ...assignmentsBy.keys(), ...leavesBy.keys(), ...marksBy.keys()]);
  const deaths = new Map(records.people.filter((p) => p.deathDate).map((p) => [p.id, p.deathDate as string]));

  for (const personId of people) {
    if (!wantPerson(personId)) continue;
    const own = staysBy.get(personId) ?? [];
    const mine = assignmentsBy.get(personId) ?? [];
    const away = leavesBy.get(personId) ?? [];
    for (const [a, b, date] of overlapping(own, staySpan))
      out.push({ code: 'staysOverlap', personId, date, recordId: b.id, otherId: a.id });
    for (const [a, b, date] of overlapping(mine, assignmentSpan))
      out.push({ code: 'personTwoBeds', personId, date, recordId: b.id, otherId: a.id, bedId: b.bedId });
    for (const [a, b, date] of overlapping(away, leaveSpan))
      out.push({ code: 'leavesOverlap', personId, date, recordId: b.id, otherId: a.id });
    for (const a of mine) {
      if (!staysFor(own, a.stayId).some((s) => insideStay(assignmentSpan(a), s)))
        out.push({ code: 'assignmentOutsideStay', personId, date: a.from, recordId: a.id, bedId: a.bedId });
    }
    for (const l of away) {
      if (!staysFor(own, l.stayId).some((s) => insideStay(leaveSpan(l), s)))
        out.push({ code: 'leaveOutsideStay', personId, date: l.from, recordId: l.id });
    }
    const death = deaths.get(personId);
    if (death === undefined) continue;
    const after = (id: string, span: DaySpan): void => {
      if (span.from > death) out.push({ code: 'afterDeath', personId, date: span.from, recordId: id });
      else if (span.until === null || span.until > death)
        out.push({ code: 'afterDeath', personId, date: death, recordId: id });
    };
    for (const s of own) after(s.id, staySpan(s));
    for (const a of mine) after(a.id, assignmentSpan(a));
    for (const l of away) after(l.id, leaveSpan(l));
    for (const m of marksBy.get(personId) ?? []) after(m.id, { from: m.from, until: m.to });
  }
  return out;
}
