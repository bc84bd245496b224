import type { CoreDoc, ShardKind, ShardRecord } from '../../../shared/schema';
import { isLive, problem, type ReferenceProblem } from './problems';

type Core = Pick<CoreDoc, 'people' | 'staff' | 'shiftTemplates' | 'dayCodes'>;

/** Lookups built once from the core document and reused for every month file. */
export interface ShardLookups {
  people: Set<string>;
  staff: Set<string>;
  /** Shift template and day codes: a roster cell holds either. */
  shiftCodes: Set<string>;
  deaths: Map<string, string>;
}

export function shardLookups(core: Core): ShardLookups {
  return {
    people: new Set(core.people.map((p) => p.id)),
    staff: new Set(core.staff.map((s) => s.id)),
    shiftCodes: new Set([...core.shiftTemplates.map((t) => t.code), ...core.dayCodes.map((d) => d.code)]),
    deaths: new Map(core.people.filter((p) => p.deathDate).map((p) => [p.id, p.deathDate as string])),
  };
}

/** People and staff a shard record points at, whatever its kind. */
function referencesOf(
  kind: ShardKind,
  record: ShardRecord<ShardKind>,
): { people: string[]; staff: string[] } {
  switch (kind) {
    case 'attendance': {
      const r = record as ShardRecord<'attendance'>;
      return { people: [r.personId], staff: [] };
    }
    case 'visits': {
      const r = record as ShardRecord<'visits'>;
      return { people: [r.personId], staff: r.staffIds };
    }
    case 'rounds': {
      const r = record as ShardRecord<'rounds'>;
      const people = r.type === 'round' ? r.marks.map((m) => m.personId) : [];
      return { people, staff: [r.staffId] };
    }
    case 'roster': {
      const r = record as ShardRecord<'roster'>;
      return { people: [], staff: [r.staffId] };
    }
    case 'careLogs': {
      const r = record as ShardRecord<'careLogs'>;
      if (r.type === 'handover') {
        const items = [
          ...r.sections.departures,
          ...r.sections.admissions,
          ...r.sections.critical,
          ...r.sections.events,
          ...r.sections.leave,
          ...r.sections.roundFindings,
        ];
        const signatures = [r.outgoing, r.incoming, ...r.addenda.map((a) => a.signature)];
        const staff = signatures.map((s) => s?.staffId).filter((id): id is string => id !== undefined);
        return { people: items.map((i) => i.personId).filter((id): id is string => id !== undefined), staff };
      }
      if (r.type === 'incident') return { people: r.personIds, staff: r.staffIds };
      return { people: r.personIds, staff: [] };
    }
  }
}

/**
 * One month file of one kind: every person and staff member it names exists,
 * roster shift codes are known, records sit in the month of their own date,
 * and no attendance or visit is dated after the person's death.
 */
export function checkShardReferences(
  lookups: ShardLookups,
  file: string,
  kind: ShardKind,
  period: string,
  records: readonly ShardRecord<ShardKind>[],
): ReferenceProblem[] {
  const out: ReferenceProblem[] = [];
  const add = (code: string, params: Record<string, string | number>): void => {
    out.push(problem(file, code, params));
  };
  for (const record of records) {
    if (record.date.slice(0, 7) !== period)
      add('wrongShard', { kind, period, id: record.id, expected: record.date.slice(0, 7) });
    const refs = referencesOf(kind, record);
    for (const ref of new Set(refs.people)) {
      if (!lookups.people.has(ref)) add('missingPerson', { collection: kind, id: record.id, ref });
    }
    for (const ref of new Set(refs.staff)) {
      if (!lookups.staff.has(ref)) add('missingStaff', { collection: kind, id: record.id, ref });
    }
    if (kind === 'roster') {
      const code = (record as ShardRecord<'roster'>).shiftCode;
      if (!lookups.shiftCodes.has(code)) add('missingShift', { id: record.id, ref: code });
    }
    if ((kind === 'attendance' || kind === 'visits') && isLive(record)) {
      const personId = (record as ShardRecord<'attendance' | 'visits'>).personId;
      const death = lookups.deaths.get(personId);
      if (death && record.date > death) {
        add('recordAfterDeath', {
          collection: kind,
          id: record.id,
          ref: personId,
          date: record.date,
          deathDate: death,
        });
      }
    }
  }
  return out;
}
