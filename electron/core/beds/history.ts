/** Who lay in one bed over time, one person's stays, and the beds free from a day on. */
import { CareError } from '../../../shared/errors';
import { assignmentSpan, isLiveRecord, spansOverlap } from '../../../shared/domain/census';
import type { BedHistory, FreeBed, PersonResidence } from '../../../shared/ipc/beds';
import type { CoreDoc } from '../../../shared/schema';
import { Places, compareNames } from './places';

const byFrom = <T extends { from: string }>(a: T, b: T) => a.from.localeCompare(b.from);

export function bedHistory(core: Readonly<CoreDoc>, bedId: string): BedHistory {
  const bed = core.beds.find((b) => b.id === bedId);
  if (!bed) throw new CareError('beds.bedNotFound', { id: bedId });
  const room = core.rooms.find((r) => r.id === bed.roomId);
  const building = room ? core.buildings.find((b) => b.id === room.buildingId) : undefined;
  if (!room || !building) throw new CareError('beds.bedNotFound', { id: bedId });
  const names = new Map(core.people.map((p) => [p.id, p.name]));
  const stays = new Map(core.stays.map((s) => [s.id, s]));
  const rows = core.bedAssignments
    .filter((a) => a.bedId === bedId && isLiveRecord(a))
    .sort(byFrom)
    .map((assignment) => ({
      assignment,
      personName: names.get(assignment.personId) ?? assignment.personId,
      stay: assignment.stayId !== undefined ? (stays.get(assignment.stayId) ?? null) : null,
    }));
  return { bed, room, building, rows };
}

export function personResidence(core: Readonly<CoreDoc>, personId: string): PersonResidence {
  if (!core.people.some((p) => p.id === personId)) throw new CareError('people.notFound', { id: personId });
  const places = new Places(core);
  const stays = core.stays
    .filter((s) => s.personId === personId && isLiveRecord(s))
    .sort((a, b) => a.admittedOn.localeCompare(b.admittedOn));
  const assignments = core.bedAssignments
    .filter((a) => a.personId === personId && isLiveRecord(a))
    .sort(byFrom);
  const leaves = core.leaves.filter((l) => l.personId === personId && isLiveRecord(l)).sort(byFrom);
  // Records written without a stay id belong to the stay whose dates hold them.
  const within = (stay: (typeof stays)[number], r: { from: string; stayId?: string | undefined }) =>
    r.stayId !== undefined
      ? r.stayId === stay.id
      : r.from >= stay.admittedOn && (stay.dischargedOn === null || r.from <= stay.dischargedOn);
  return {
    personId,
    stays: stays.map((stay) => ({
      stay,
      beds: assignments.filter((a) => within(stay, a)).map((a) => ({ ...a, place: places.of(a.bedId) })),
      leaves: leaves.filter((l) => within(stay, l)),
    })),
    critical: core.criticalIllnesses.filter((c) => c.personId === personId && isLiveRecord(c)).sort(byFrom),
  };
}

/**
 * Beds that could take a resident from `day` on, for good: in service by then,
 * no closure from then on, nobody holding them on any later day. With a person,
 * rooms kept for the other sex drop out. The admission form offers only these.
 */
export function freeBeds(core: Readonly<CoreDoc>, day: string, personId?: string): FreeBed[] {
  const sex = personId === undefined ? undefined : core.people.find((p) => p.id === personId)?.sex;
  const ahead = { from: day, until: null };
  const held = new Set(
    core.bedAssignments
      .filter((a) => isLiveRecord(a) && spansOverlap(assignmentSpan(a), ahead))
      .map((a) => a.bedId),
  );
  const places = new Places(core);
  const out: FreeBed[] = [];
  for (const bed of core.beds) {
    if (held.has(bed.id) || bed.inServiceFrom > day) continue;
    if (bed.closures.some((c) => spansOverlap({ from: c.from, until: c.to }, ahead))) continue;
    const room = places.rooms.get(bed.roomId);
    if (!room || (sex !== undefined && room.sex !== undefined && room.sex !== sex)) continue;
    const place = places.of(bed.id);
    if (!place) continue;
    out.push({ ...place, type: bed.type, floor: room.floor, roomSex: room.sex ?? null });
  }
  return out.sort(
    (a, b) =>
      compareNames(a.buildingName, b.buildingName) ||
      a.floor - b.floor ||
      compareNames(a.roomName, b.roomName) ||
      compareNames(a.bedLabel, b.bedLabel),
  );
}
