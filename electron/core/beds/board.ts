/**
 * The bed board on any date: building › floor › room › bed, each bed with its
 * occupant at that day's census (shared/domain/census.ts), or free, or closed.
 */
import { ageOn } from '../../../shared/domain/dates';
import {
  isLiveRecord,
  isNewAdmission,
  leaveOverdueOn,
  occupancyOn,
  spanCovers,
  type BedOccupancy,
} from '../../../shared/domain/census';
import { careEndDate } from '../../../shared/domain/end-of-care';
import { RISK_CODES, type RiskCode } from '../../../shared/domain/risk';
import type {
  BoardBed,
  BoardBuilding,
  BoardOccupant,
  BoardRoom,
  BoardTotals,
  BoardView,
} from '../../../shared/ipc/beds';
import type { AbilityAssessment, Bed, CoreDoc, RiskAssessment } from '../../../shared/schema';
import { compareNames } from './places';

/** The newest live record on or before `day`, per person. */
function latestOn<T extends { personId: string; date: string; voided?: unknown }>(
  list: readonly T[],
  people: ReadonlySet<string>,
  day: string,
): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of list) {
    if (!people.has(r.personId) || r.date > day || !isLiveRecord(r)) continue;
    const known = out.get(r.personId);
    if (!known || r.date > known.date) out.set(r.personId, r);
  }
  return out;
}

export function closureOn(bed: Bed, day: string): Bed['closures'][number] | null {
  return bed.closures.find((c) => spanCovers({ from: c.from, until: c.to }, day)) ?? null;
}

/** A bed counts as closed before its first day in service too. */
function closedOn(bed: Bed, day: string): boolean {
  return day < bed.inServiceFrom || closureOn(bed, day) !== null;
}

function occupant(
  core: Readonly<CoreDoc>,
  o: BedOccupancy,
  day: string,
  facts: {
    ability: Map<string, AbilityAssessment>;
    risk: Map<string, RiskAssessment>;
    critical: ReadonlySet<string>;
  },
  people: Map<string, CoreDoc['people'][number]>,
): BoardOccupant | null {
  const person = people.get(o.personId);
  if (!person || o.stayId === null || o.admittedOn === null) return null;
  const end = careEndDate(person);
  const risk = facts.risk.get(person.id);
  const highRisks: RiskCode[] = risk ? RISK_CODES.filter((c) => risk.risks[c].grade === 'high') : [];
  const level = facts.ability.get(person.id)?.result.finalLevel;
  return {
    personId: person.id,
    name: person.name,
    sex: person.sex,
    age: ageOn(person.birthDate, end !== null && end < day ? end : day),
    abilityLevel: level ?? null,
    highRisks,
    stayId: o.stayId,
    admittedOn: o.admittedOn,
    isNew: isNewAdmission(o.admittedOn, day),
    status: o.status,
    leave:
      o.leave === null
        ? null
        : {
            id: o.leave.id,
            kind: o.leave.kind,
            from: o.leave.from,
            expectedReturn: o.leave.expectedReturn,
            destination: core.leaves.find((l) => l.id === o.leave?.id)?.destination ?? null,
            mealStop: core.leaves.find((l) => l.id === o.leave?.id)?.mealStop ?? false,
            overdue: leaveOverdueOn(o.leave, day),
          },
    critical: facts.critical.has(person.id),
  };
}

function emptyTotals(): BoardTotals {
  return {
    beds: 0,
    closed: 0,
    occupied: 0,
    free: 0,
    inRegister: 0,
    inHouse: 0,
    leave: 0,
    hospital: 0,
    critical: 0,
    newAdmissions: 0,
    overdue: 0,
  };
}

function count(totals: BoardTotals, bed: BoardBed): void {
  totals.beds += 1;
  if (bed.state === 'closed') totals.closed += 1;
  if (bed.state === 'free') totals.free += 1;
  const o = bed.occupant;
  if (!o) return;
  totals.occupied += 1;
  totals.inRegister += 1;
  totals[o.status] += 1;
  if (o.critical) totals.critical += 1;
  if (o.isNew) totals.newAdmissions += 1;
  if (o.leave?.overdue) totals.overdue += 1;
}

export function buildBoard(core: Readonly<CoreDoc>, day: string): BoardView {
  const occupancy = occupancyOn(core, day);
  const residents = new Set([...occupancy.values()].map((o) => o.personId));
  const facts = {
    ability: latestOn(core.abilityAssessments, residents, day),
    risk: latestOn(core.riskAssessments, residents, day),
    critical: new Set(
      core.criticalIllnesses
        .filter(
          (c) =>
            residents.has(c.personId) && isLiveRecord(c) && spanCovers({ from: c.from, until: c.to }, day),
        )
        .map((c) => c.personId),
    ),
  };
  const people = new Map(core.people.filter((p) => residents.has(p.id)).map((p) => [p.id, p]));
  const totals = emptyTotals();
  const bedsByRoom = new Map<string, Bed[]>();
  for (const bed of core.beds) {
    const list = bedsByRoom.get(bed.roomId);
    if (list) list.push(bed);
    else bedsByRoom.set(bed.roomId, [bed]);
  }
  const buildings: BoardBuilding[] = [];
  for (const building of [...core.buildings].sort((a, b) => compareNames(a.name, b.name))) {
    const floors = new Map<number, BoardRoom[]>();
    const rooms = core.rooms
      .filter((r) => r.buildingId === building.id)
      .sort((a, b) => compareNames(a.name, b.name));
    for (const room of rooms) {
      const beds = (bedsByRoom.get(room.id) ?? [])
        .slice()
        .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || compareNames(a.label, b.label))
        .map((bed): BoardBed => {
          const held = occupancy.get(bed.id);
          const who = held ? occupant(core, held, day, facts, people) : null;
          return {
            id: bed.id,
            label: bed.label,
            type: bed.type,
            state: who ? 'occupied' : closedOn(bed, day) ? 'closed' : 'free',
            closure: closureOn(bed, day),
            occupant: who,
          };
        });
      for (const bed of beds) count(totals, bed);
      const list = floors.get(room.floor) ?? [];
      list.push({ id: room.id, name: room.name, floor: room.floor, sex: room.sex ?? null, beds });
      floors.set(room.floor, list);
    }
    buildings.push({
      id: building.id,
      name: building.name,
      floors: [...floors].sort(([a], [b]) => a - b).map(([floor, list]) => ({ floor, rooms: list })),
    });
  }
  return { date: day, totals, buildings };
}
