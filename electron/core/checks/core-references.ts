import type { CoreDoc } from '../../../shared/schema';
import { groupBy } from '../group-by';
import { CORE_FILE, isLive, overlaps, problem, type ReferenceProblem } from './problems';

type Core = Pick<
  CoreDoc,
  | 'people'
  | 'abilityAssessments'
  | 'riskAssessments'
  | 'buildings'
  | 'rooms'
  | 'beds'
  | 'stays'
  | 'bedAssignments'
  | 'leaves'
  | 'enrollments'
  | 'partners'
  | 'villagePoints'
  | 'referrals'
  | 'staff'
  | 'shiftTemplates'
>;

/** Collections of the core document whose records belong to one person. */
const PERSON_COLLECTIONS = [
  'abilityAssessments',
  'riskAssessments',
  'stays',
  'bedAssignments',
  'leaves',
  'enrollments',
  'referrals',
] as const;

function idsOf(list: readonly { id: string }[]): Set<string> {
  return new Set(list.map((r) => r.id));
}

/**
 * Referential integrity of the core document: every reference resolves, no
 * bed or person is double-booked, beds are released at discharge and death,
 * and bed assignments and leaves lie inside a stay.
 */
export function checkCoreReferences(core: Core): ReferenceProblem[] {
  const out: ReferenceProblem[] = [];
  const add = (code: string, params: Record<string, string | number>): void => {
    out.push(problem(CORE_FILE, code, params));
  };

  for (const [collection, list] of Object.entries(core) as [string, { id: string }[]][]) {
    if (!Array.isArray(list)) continue;
    const seen = new Set<string>();
    for (const record of list) {
      if (seen.has(record.id)) add('duplicateId', { collection, id: record.id });
      seen.add(record.id);
    }
  }

  const people = new Map(core.people.map((p) => [p.id, p]));
  for (const collection of PERSON_COLLECTIONS) {
    for (const record of core[collection]) {
      if (!people.has(record.personId))
        add('missingPerson', { collection, id: record.id, ref: record.personId });
    }
  }

  const buildings = idsOf(core.buildings);
  for (const room of core.rooms)
    if (!buildings.has(room.buildingId)) add('missingBuilding', { id: room.id, ref: room.buildingId });
  const rooms = idsOf(core.rooms);
  for (const bed of core.beds)
    if (!rooms.has(bed.roomId)) add('missingRoom', { id: bed.id, ref: bed.roomId });

  const partners = idsOf(core.partners);
  const points = idsOf(core.villagePoints);
  for (const r of core.referrals) {
    if (r.partnerId !== undefined && !partners.has(r.partnerId))
      add('missingPartner', { id: r.id, ref: r.partnerId });
    if (r.villagePointId !== undefined && !points.has(r.villagePointId)) {
      add('missingVillagePoint', { collection: 'referrals', id: r.id, ref: r.villagePointId });
    }
  }

  const stays = new Map(core.stays.map((s) => [s.id, s]));
  for (const [collection, list] of [
    ['bedAssignments', core.bedAssignments],
    ['leaves', core.leaves],
  ] as const) {
    for (const r of list) {
      if (r.stayId !== undefined && !stays.has(r.stayId))
        add('missingStay', { collection, id: r.id, ref: r.stayId });
    }
  }

  const liveStays = core.stays.filter(isLive);
  const staysByPerson = groupBy(liveStays, (s) => s.personId);
  for (const [personId, list] of staysByPerson) {
    const sorted = [...list].sort((a, b) => a.admittedOn.localeCompare(b.admittedOn));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && overlaps(prev.admittedOn, prev.dischargedOn, cur.admittedOn, cur.dischargedOn)) {
        add('overlappingStays', { ref: personId, id: prev.id, other: cur.id });
      }
    }
  }

  checkBeds(core, staysByPerson, add);
  checkLeaves(core, staysByPerson, add);
  checkAfterDeath(core, add);
  return out;
}

type Add = (code: string, params: Record<string, string | number>) => void;
type Stays = Map<string, Core['stays']>;

function checkBeds(core: Core, staysByPerson: Stays, add: Add): void {
  const beds = idsOf(core.beds);
  const people = new Map(core.people.map((p) => [p.id, p]));
  const live = core.bedAssignments.filter(isLive);
  for (const a of live) if (!beds.has(a.bedId)) add('missingBed', { id: a.id, ref: a.bedId });

  for (const [bedId, list] of groupBy(live, (a) => a.bedId)) {
    const sorted = [...list].sort((a, b) => a.from.localeCompare(b.from));
    const open = sorted.filter((a) => a.to === null);
    for (let i = 1; i < open.length; i++) {
      add('bedDoubleAssigned', {
        ref: bedId,
        id: (open[0] as (typeof open)[number]).id,
        other: (open[i] as (typeof open)[number]).id,
      });
    }
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i];
        const b = sorted[j];
        if (!a || !b) continue;
        if (b.from >= (a.to ?? '9999-12-31') && a.to !== null) break;
        if (a.to === null && b.to === null) continue; // reported as a double assignment above
        if (overlaps(a.from, a.to, b.from, b.to)) add('bedOverlap', { ref: bedId, id: a.id, other: b.id });
      }
    }
  }

  for (const [personId, list] of groupBy(
    live.filter((a) => a.to === null),
    (a) => a.personId,
  )) {
    for (let i = 1; i < list.length; i++) {
      add('personDoubleAssigned', {
        ref: personId,
        id: (list[0] as (typeof list)[number]).id,
        other: (list[i] as (typeof list)[number]).id,
      });
    }
  }

  for (const a of live) {
    const person = people.get(a.personId);
    if (!person) continue; // reported as missingPerson
    const stays = staysByPerson.get(a.personId) ?? [];
    if (a.to === null) {
      if (person.status === 'deceased') {
        add('bedHeldByDeceased', { ref: a.personId, id: a.id });
        continue;
      }
      if (stays.length === 0) {
        add('bedHeldWithoutStay', { ref: a.personId, id: a.id });
        continue;
      }
      const own = a.stayId !== undefined ? stays.find((s) => s.id === a.stayId) : undefined;
      const current = own ? own.dischargedOn === null : stays.some((s) => s.dischargedOn === null);
      if (!current) {
        add('bedHeldAfterDischarge', { ref: a.personId, id: a.id });
        continue;
      }
    }
    const candidates = a.stayId !== undefined ? stays.filter((s) => s.id === a.stayId) : stays;
    const inside = candidates.some(
      (s) => s.admittedOn <= a.from && (s.dischargedOn === null || (a.to !== null && a.to <= s.dischargedOn)),
    );
    if (!inside && stays.length > 0) add('assignmentOutsideStay', { ref: a.personId, id: a.id });
  }
}

function checkLeaves(core: Core, staysByPerson: Stays, add: Add): void {
  for (const leave of core.leaves.filter(isLive)) {
    const stays = staysByPerson.get(leave.personId);
    if (!stays) {
      if (core.people.some((p) => p.id === leave.personId))
        add('leaveOutsideStay', { ref: leave.personId, id: leave.id });
      continue;
    }
    const candidates = leave.stayId !== undefined ? stays.filter((s) => s.id === leave.stayId) : stays;
    const inside = candidates.some((s) => {
      if (leave.from < s.admittedOn) return false;
      if (s.dischargedOn === null) return true;
      return leave.from <= s.dischargedOn && leave.returnedAt !== null && leave.returnedAt <= s.dischargedOn;
    });
    if (!inside) add('leaveOutsideStay', { ref: leave.personId, id: leave.id });
  }
}

function checkAfterDeath(core: Core, add: Add): void {
  const deaths = new Map(core.people.filter((p) => p.deathDate).map((p) => [p.id, p.deathDate as string]));
  const dated: [string, readonly { id: string; personId: string; date: string; voided?: unknown }[]][] = [
    ['abilityAssessments', core.abilityAssessments],
    ['riskAssessments', core.riskAssessments],
  ];
  for (const [collection, list] of dated) {
    for (const r of list) {
      const death = deaths.get(r.personId);
      if (death && isLive(r) && r.date > death)
        add('recordAfterDeath', { collection, id: r.id, ref: r.personId, date: r.date, deathDate: death });
    }
  }
  for (const s of core.stays.filter(isLive)) {
    const death = deaths.get(s.personId);
    if (death && s.admittedOn > death) {
      add('recordAfterDeath', {
        collection: 'stays',
        id: s.id,
        ref: s.personId,
        date: s.admittedOn,
        deathDate: death,
      });
    }
  }
}
