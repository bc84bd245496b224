/**
 * Which residents an area holds: the beds of the plan's places (a building or
 * one of its floors; none = the whole center), and who sleeps in them by the
 * census of the day (shared/domain/census.ts).
 */
import {
  isLiveRecord,
  isNewAdmission,
  occupancyOn,
  spanCovers,
  type BedOccupancy,
} from '../../../shared/domain/census';
import { RISK_CODES, type RiskCode } from '../../../shared/domain/risk';
import type { SheetRow } from '../../../shared/ipc/rounds';
import type { CoreDoc, RoundPlanArea } from '../../../shared/schema';
import { CareError } from '../../../shared/errors';
import { Places, compareNames } from '../beds';

export function findArea(core: Readonly<CoreDoc>, name: string): RoundPlanArea {
  const area = core.settings.roundPlan.find((a) => a.name === name);
  if (!area) throw new CareError('rounds.unknownArea', { area: name });
  return area;
}

/** Bed ids the area covers; null for the whole center. */
export function bedsOfArea(core: Readonly<CoreDoc>, area: RoundPlanArea | null): Set<string> | null {
  if (!area || area.places.length === 0) return null;
  const rooms = new Map(core.rooms.map((r) => [r.id, r]));
  const out = new Set<string>();
  for (const bed of core.beds) {
    const room = rooms.get(bed.roomId);
    if (!room) continue;
    const inArea = area.places.some(
      (p) => p.buildingId === room.buildingId && (p.floor === null || p.floor === room.floor),
    );
    if (inArea) out.add(bed.id);
  }
  return out;
}

/** Occupancy of the day, limited to the area's beds. */
export function occupancyInArea(
  core: Readonly<CoreDoc>,
  area: RoundPlanArea | null,
  date: string,
): BedOccupancy[] {
  const beds = bedsOfArea(core, area);
  return [...occupancyOn(core, date).values()].filter((o) => beds === null || beds.has(o.bedId));
}

/** Risks graded high in each person's latest safety-risk assessment on or before `date` (one pass). */
function highRisksOn(
  core: Readonly<CoreDoc>,
  people: ReadonlySet<string>,
  date: string,
): Map<string, RiskCode[]> {
  const latest = new Map<string, CoreDoc['riskAssessments'][number]>();
  for (const r of core.riskAssessments) {
    if (!people.has(r.personId) || r.date > date || !isLiveRecord(r)) continue;
    const known = latest.get(r.personId);
    if (!known || r.date > known.date) latest.set(r.personId, r);
  }
  const out = new Map<string, RiskCode[]>();
  for (const [id, r] of latest)
    out.set(
      id,
      RISK_CODES.filter((c) => r.risks[c].grade === 'high'),
    );
  return out;
}

/** 应查: residents of the area in the house on `date`, in bed order. */
export function expectedRows(core: Readonly<CoreDoc>, area: RoundPlanArea, date: string): SheetRow[] {
  const places = new Places(core);
  const people = new Map(core.people.map((p) => [p.id, p]));
  const critical = new Set(
    core.criticalIllnesses
      .filter((c) => isLiveRecord(c) && spanCovers({ from: c.from, until: c.to }, date))
      .map((c) => c.personId),
  );
  const rows: SheetRow[] = [];
  const present = occupancyInArea(core, area, date).filter((o) => o.status === 'inHouse');
  const risks = highRisksOn(core, new Set(present.map((o) => o.personId)), date);
  for (const o of present) {
    const place = places.of(o.bedId);
    rows.push({
      personId: o.personId,
      name: people.get(o.personId)?.name ?? o.personId,
      bedId: o.bedId,
      bedLabel: place?.bedLabel ?? '',
      roomName: place?.roomName ?? '',
      buildingName: place?.buildingName ?? '',
      isNew: o.admittedOn !== null && isNewAdmission(o.admittedOn, date),
      critical: critical.has(o.personId),
      highRisks: risks.get(o.personId) ?? [],
    });
  }
  return rows.sort(
    (a, b) => compareNames(a.buildingName, b.buildingName) || compareNames(a.bedLabel, b.bedLabel),
  );
}
