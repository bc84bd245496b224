/**
 * The 24-hour board: the census of today read as the records stand now (a
 * discharge recorded today has left; an admission recorded today is in),
 * bed states, movements of the last three days, 病危 and high risks, overdue
 * returns, rounds and patrols by the plan, open incidents, today's handovers
 * and who is on duty, expiring certificates. Each number with its ids.
 */
import {
  addDaysIso,
  isLiveRecord,
  leaveOverdueOn,
  occupancyOn,
  spanCovers,
} from '../../../shared/domain/census';
import { RISK_CODES } from '../../../shared/domain/risk';
import { stampOf } from '../../../shared/domain/round-plan';
import type {
  BoardAreaRounds,
  BoardHandover,
  BoardMovement,
  BoardRisk,
  CareBoardView,
  IdList,
} from '../../../shared/ipc/board';
import type { OnDutyEntry } from '../../../shared/ipc/rosters';
import type { CoreDoc, Handover, Incident, RiskAssessment } from '../../../shared/schema';
import type { CareStore } from '../care-store';
import { openIncidents } from '../incidents';
import { localNow, patrolNightsOf, recordsBetween, roundsAt, slotsBetween, type CareDeps } from '../rounds';
import { coverOfRange, onDutyAt } from '../rosters';
import { certificatesDue } from '../staff';

/** The roster's staff on duty now; without any, the handover's incoming signature as before rosters existed. */
function onDutyOf(rostered: OnDutyEntry[], signed: Handover | undefined): CareBoardView['onDuty'] {
  if (rostered.length > 0) {
    const staff = rostered.map((e) => ({
      staffId: e.staffId,
      name: e.name,
      at: new Date(`${e.startsAt}:00`).toISOString(),
    }));
    return { source: 'roster', handoverId: null, staff, rostered };
  }
  return signed?.incoming
    ? { source: 'handover', handoverId: signed.id, staff: [signed.incoming], rostered: [] }
    : { source: 'none', handoverId: null, staff: [], rostered: [] };
}

const list = (ids: Iterable<string>): IdList => {
  const out = [...ids];
  return { count: out.length, ids: out };
};

function latestRisk(
  core: Readonly<CoreDoc>,
  people: ReadonlySet<string>,
  day: string,
): Map<string, RiskAssessment> {
  const out = new Map<string, RiskAssessment>();
  for (const r of core.riskAssessments) {
    if (!people.has(r.personId) || r.date > day || !isLiveRecord(r)) continue;
    const known = out.get(r.personId);
    if (!known || r.date > known.date) out.set(r.personId, r);
  }
  return out;
}

function residents(core: Readonly<CoreDoc>, today: string) {
  const occupancy = [...occupancyOn(core, today).values()];
  const byStatus = (s: string) => occupancy.filter((o) => o.status === s).map((o) => o.personId);
  const inRegister = new Set(occupancy.map((o) => o.personId));
  const name = new Map(core.people.filter((p) => inRegister.has(p.id)).map((p) => [p.id, p.name]));
  const risks: BoardRisk[] = [];
  for (const [personId, r] of latestRisk(core, inRegister, today)) {
    const high = RISK_CODES.filter((c) => r.risks[c].grade === 'high');
    if (high.length > 0) risks.push({ personId, name: name.get(personId) ?? personId, risks: high });
  }
  const critical = core.criticalIllnesses
    .filter(
      (c) =>
        inRegister.has(c.personId) && isLiveRecord(c) && spanCovers({ from: c.from, until: c.to }, today),
    )
    .map((c) => c.personId);
  const overdue = occupancy
    .filter((o) => o.leave && leaveOverdueOn(o.leave, today))
    .map((o) => o.leave?.id ?? '');
  const held = new Set(occupancy.map((o) => o.bedId));
  const closed: string[] = [];
  const free: string[] = [];
  for (const bed of core.beds) {
    if (held.has(bed.id)) continue;
    const shut =
      today < bed.inServiceFrom || bed.closures.some((c) => spanCovers({ from: c.from, until: c.to }, today));
    (shut ? closed : free).push(bed.id);
  }
  return {
    inRegister: list(inRegister),
    inHouse: list(byStatus('inHouse')),
    onLeave: list(byStatus('leave')),
    inHospital: list(byStatus('hospital')),
    critical: list(new Set(critical)),
    highRisk: list(risks.map((r) => r.personId)),
    highRisks: risks,
    overdueReturns: list(overdue),
    freeBeds: list(free),
    closedBeds: list(closed),
  };
}

function movements(
  core: Readonly<CoreDoc>,
  today: string,
): { admissions: BoardMovement[]; departures: BoardMovement[] } {
  const since = addDaysIso(today, -2);
  const name = (id: string) => core.people.find((p) => p.id === id)?.name ?? id;
  const admissions: BoardMovement[] = [];
  const departures: BoardMovement[] = [];
  for (const s of core.stays) {
    if (!isLiveRecord(s)) continue;
    if (s.admittedOn >= since && s.admittedOn <= today)
      admissions.push({ personId: s.personId, name: name(s.personId), stayId: s.id, date: s.admittedOn });
    if (s.dischargedOn !== null && s.dischargedOn >= since && s.dischargedOn <= today)
      departures.push({ personId: s.personId, name: name(s.personId), stayId: s.id, date: s.dischargedOn });
  }
  const newest = (a: BoardMovement, b: BoardMovement) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
  return { admissions: admissions.sort(newest), departures: departures.sort(newest) };
}

/** The latest round per area, looking back over the current and the previous month. */
async function lastRounds(store: CareStore, today: string): Promise<Map<string, BoardAreaRounds['last']>> {
  const out = new Map<string, BoardAreaRounds['last']>();
  const records = await recordsBetween(store, 'rounds', addDaysIso(today, -31), addDaysIso(today, 1));
  for (const r of records) {
    if (r.type !== 'round' || !isLiveRecord(r)) continue;
    const known = out.get(r.area);
    if (!known || stampOf(r.date, r.time) > stampOf(known.date, known.time))
      out.set(r.area, { roundId: r.id, date: r.date, time: r.time, staffId: r.staffId });
  }
  return out;
}

function boardIncident(core: Readonly<CoreDoc>, i: Incident) {
  return {
    id: i.id,
    date: i.date,
    occurredTime: i.occurredTime,
    category: i.category,
    personIds: i.personIds,
    names: i.personIds.map((id) => core.people.find((p) => p.id === id)?.name ?? id),
    familyNotified: i.familyNotification !== null,
    reviewed: i.review !== null,
  };
}

function boardHandover(h: Handover): BoardHandover {
  return {
    id: h.id,
    date: h.date,
    shiftCode: h.shiftCode,
    area: h.area,
    state: h.state,
    outgoing: h.outgoing?.name ?? null,
    incoming: h.incoming?.name ?? null,
  };
}

export async function careBoard(deps: Pick<CareDeps, 'store' | 'now'>): Promise<CareBoardView> {
  const store = deps.store();
  const core = store.core;
  const now = localNow(deps);
  const today = now.date;
  const yesterday = addDaysIso(today, -1);

  const nightRecords = await recordsBetween(store, 'rounds', yesterday, addDaysIso(today, 1));
  const slots = slotsBetween(core, roundsAt(nightRecords), yesterday, today, now.stamp);
  const last = await lastRounds(store, today);
  const rounds: BoardAreaRounds[] = core.settings.roundPlan.map((area) => ({
    area: area.name,
    last: last.get(area.name) ?? null,
    due: slots.filter((s) => s.area === area.name && s.state === 'due'),
    missed: slots.filter((s) => s.area === area.name && s.state === 'missed'),
  }));
  const patrols = nightRecords.filter((r) => r.type === 'patrol' && isLiveRecord(r));
  const [lastNight, tonight] = patrolNightsOf(core, patrols, yesterday, today, now.stamp) as [
    CareBoardView['patrols']['lastNight'],
    CareBoardView['patrols']['tonight'],
  ];

  const open = await openIncidents(store, today);
  const logs = await recordsBetween(store, 'careLogs', yesterday, today);
  const handovers = logs.filter((r): r is Handover => r.type === 'handover' && isLiveRecord(r));
  const signed = handovers
    .filter((h) => h.incoming !== null)
    .sort((a, b) => ((a.incoming?.at ?? '') < (b.incoming?.at ?? '') ? 1 : -1))[0];
  const certificates = certificatesDue(core.staff, today);
  const duty = await onDutyAt(store, now.stamp);
  const cover = await coverOfRange(store, today, today, today);

  return {
    date: today,
    time: now.time,
    ...residents(core, today),
    ...movements(core, today),
    rounds,
    patrols: { lastNight, tonight },
    openIncidents: list(open.map((i) => i.id)),
    incidents: open.map((i) => boardIncident(core, i)),
    handovers: handovers.map(boardHandover),
    onDuty: onDutyOf(duty.now, signed),
    cover,
    certificates: list(new Set(certificates.map((c) => c.staffId))),
    certificatesDue: certificates,
  };
}
