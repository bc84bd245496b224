import type { RiskEventType } from '../../../shared/domain/ability';
import type { CategoryCode } from '../../../shared/domain/categories';
import type {
  Bed,
  BedAssignment,
  BedClosure,
  CriticalIllness,
  Enrollment,
  Leave,
  Referral,
  Stay,
  StayFunding,
} from '../../../shared/schema';
import { awayOn, leaveSpan, staySpan } from '../../../shared/domain/census';
import { abilityAssessment, healthOn, riskAssessment } from './elder-assessments';
import type { Census } from './census';
import { timestamps, type DemoContext } from './context';
import { ageOn } from '../../../shared/domain/dates';
import { addDays, addYears, daysBetween } from './dates';
import { makeIncident, riskEventOf } from './incidents';
import { categoryFlags, deceased, makeElder, type Elder } from './elders';
import type { Random } from './random';
import type { Network } from './setup';

type DischargeReason = NonNullable<Stay['dischargeReason']>;

const DISCHARGE_TEXT: Record<DischargeReason, string> = {
  deceased: '去世',
  returnedHome: '出院回家',
  transferred: '转入县特困人员供养服务中心',
  other: '退住',
};

/** Residents in the house when the history window opens came in up to this many days earlier. */
export const DAYS_LET_BEFORE_WINDOW = 1500;

const FUNDING_OF_CATEGORY: Record<string, StayFunding> = {
  extremePoorCentral: 'extremePoorCentral',
  minimumLiving: 'other',
  ordinary: 'selfPaying',
};

/** Days until the next event of a Poisson process with `perYear` events a year. */
function nextGap(random: Random, perYear: number): number {
  return Math.max(1, Math.round((-Math.log(1 - random.next()) * 365) / perYear));
}

interface StayPlan {
  bed: Bed;
  admit: string;
  /** null while the resident is still here. */
  end: string | null;
  reason: DischargeReason | null;
}

/**
 * Residents bed by bed: each bed is occupied, vacated and re-let over the
 * history window, so assignments on a bed never overlap. About 85 % of beds
 * are occupied when the window opens, by residents admitted earlier.
 */
export function generateResidential(
  ctx: DemoContext,
  beds: readonly Bed[],
  network: Network,
  census: Census,
): void {
  const random = ctx.random.fork('residential');
  let contract = 0;
  for (const bed of beds) {
    let admit: string;
    let firstEnd: number;
    if (random.chance(0.85)) {
      admit = addDays(ctx.start, -random.int(20, DAYS_LET_BEFORE_WINDOW));
      firstEnd = daysBetween(admit, ctx.start) + nextGap(random, 365 / 900);
    } else {
      admit = addDays(ctx.start, random.int(0, 60));
      firstEnd = nextGap(random, 365 / 1000) + 20;
    }
    let length = firstEnd;
    const closures: BedClosure[] = [];
    while (admit <= ctx.today) {
      const endDay = addDays(admit, length);
      const open = endDay > ctx.today;
      const frailty = bed.type === 'nursing' ? 0.55 : 0.2;
      const reason: DischargeReason | null = open
        ? null
        : random.weighted<DischargeReason>([
            ['deceased', 30 + 50 * frailty],
            ['returnedHome', 35],
            ['transferred', 12],
            ['other', 5],
          ]);
      contract += 1;
      residentStay(
        ctx,
        random,
        { bed, admit, end: open ? null : endDay, reason },
        frailty,
        contract,
        network,
        census,
      );
      if (open) break;
      admit = addDays(endDay, random.int(3, 45));
      length = nextGap(random, 365 / 1000) + 20;
      repairBetween(ctx, random, bed, closures, endDay, admit);
    }
  }
}

/**
 * Now and then a bed is repaired between two residents: closed the day after
 * the departure, back in service before the next admission, so the closure
 * never meets an occupant.
 */
function repairBetween(
  ctx: DemoContext,
  random: Random,
  bed: Bed,
  closures: BedClosure[],
  vacated: string,
  nextAdmit: string,
): void {
  const gap = daysBetween(vacated, nextAdmit);
  if (gap < 8 || vacated < ctx.start || nextAdmit > ctx.today || !random.chance(0.25)) return;
  const from = addDays(vacated, 1);
  const to = addDays(from, random.int(3, gap - 3));
  closures.push({
    from,
    to,
    reason: 'repair',
    notes: random.pick(['更换床垫', '护栏维修', '呼叫器维修', '粉刷墙面']),
  });
  ctx.plan.core('beds', from, {
    ...bed,
    ...timestamps(from, 14),
    createdAt: bed.createdAt,
    closures: [...closures],
  });
}

function residentStay(
  ctx: DemoContext,
  random: Random,
  plan: StayPlan,
  frailty: number,
  contract: number,
  network: Network,
  census: Census,
): void {
  const { bed, admit, end, reason } = plan;
  const main = random.weighted<CategoryCode>([
    ['extremePoorCentral', 50],
    ['minimumLiving', 15],
    ['ordinary', 35],
  ]);
  const flagsFrom =
    main === 'extremePoorCentral'
      ? addDays(admit, -random.int(30, 2000))
      : addDays(admit, -random.int(0, 700));
  const elder: Elder = makeElder(ctx, random, {
    startDay: admit,
    frailty,
    categories: (birth) => categoryFlags(random, main, flagsFrom, ctx.today, birth, { frail: frailty > 0.5 }),
    living:
      main === 'extremePoorCentral'
        ? 'alone'
        : random.pick(['alone', 'emptyNest', 'leftBehind', 'withSpouse'] as const),
  });
  const { person } = elder;
  ctx.plan.core('people', admit, person);

  const referral =
    admit >= ctx.start && random.chance(0.35)
      ? admissionReferral(ctx, random, admit, person.id, network)
      : null;
  const stay: Stay = {
    id: ctx.ids.uuid(),
    ...timestamps(admit, 10),
    personId: person.id,
    admittedOn: admit,
    dischargedOn: null,
    dischargeReason: null,
    contractNumber: `QSYL-${admit.slice(0, 4)}-${String(contract).padStart(4, '0')}`,
    contractTerm: { from: admit, to: addDays(addYears(admit, 1), -1) },
    source: referral ? 'referral' : random.pick(['home', 'home', 'home', 'hospital', 'institution'] as const),
    ...(referral ? { referralId: referral.id } : {}),
    funding: FUNDING_OF_CATEGORY[main] ?? 'other',
    emergencyContactConfirmed: true,
    notes: '',
  };
  const assignment: BedAssignment = {
    id: ctx.ids.uuid(),
    ...timestamps(admit, 10, 5),
    personId: person.id,
    bedId: bed.id,
    stayId: stay.id,
    from: admit,
    to: null,
  };
  const enrollment: Enrollment = {
    id: ctx.ids.uuid(),
    ...timestamps(admit, 10, 10),
    personId: person.id,
    service: 'residential',
    from: admit,
    to: null,
  };
  ctx.plan.core('stays', admit, stay);
  ctx.plan.core('bedAssignments', admit, assignment);
  ctx.plan.core('enrollments', admit, enrollment);

  if (referral) ctx.plan.core('referrals', admit, referral);

  const age = ageOn(person.birthDate, admit);
  const diagnosis = person.health.diagnoses[0]?.name ?? '无重大疾病';
  for (let i = 0; i < 3; i++) {
    census.note(addDays(admit, i), 'admissions', {
      personId: person.id,
      bedLabel: bed.label,
      text: `新入院 ${person.name}，${age}岁，${diagnosis}，由家属陪同步行入住，${frailty > 0.5 ? '需协助进食、翻身' : '生活基本自理'}`,
    });
  }
  census.add('inHouse', staySpan({ admittedOn: admit, dischargedOn: end }), 1, person.id);

  const riskEvents: { date: string; type: RiskEventType }[] = [];
  const leaves = generateLeaves(ctx, random, plan, person.id, person.name, stay.id, network, census);
  generateIncidents(ctx, random, plan, elder, leaves, riskEvents, census);
  generateAssessments(ctx, random, plan, elder, leaves, riskEvents);

  if (end !== null && reason !== null) {
    ctx.plan.core('stays', end, {
      ...stay,
      ...timestamps(end, 11),
      createdAt: stay.createdAt,
      dischargedOn: end,
      dischargeReason: reason,
    });
    ctx.plan.core('bedAssignments', end, {
      ...assignment,
      ...timestamps(end, 11),
      createdAt: assignment.createdAt,
      to: end,
    });
    ctx.plan.core('enrollments', end, {
      ...enrollment,
      ...timestamps(end, 11),
      createdAt: enrollment.createdAt,
      to: end,
    });
    census.note(end, 'departures', {
      personId: person.id,
      bedLabel: bed.label,
      text: `${person.name} ${DISCHARGE_TEXT[reason]}`,
    });
    if (reason === 'deceased') {
      ctx.plan.core('people', end, deceased(person, end));
      const critical = random.int(3, 10);
      const mark: CriticalIllness = {
        id: ctx.ids.uuid(),
        ...timestamps(addDays(end, -critical), 8),
        personId: person.id,
        from: addDays(end, -critical),
        to: end,
        notes: '病情危重，已通知家属',
      };
      ctx.plan.core('criticalIllnesses', mark.from, { ...mark, to: null });
      ctx.plan.core('criticalIllnesses', end, { ...mark, ...timestamps(end, 11), createdAt: mark.createdAt });
      for (let i = critical; i >= 1; i--) {
        census.note(addDays(end, -i), 'critical', {
          personId: person.id,
          bedLabel: bed.label,
          text: `※ ${person.name} 病情危重，密切观察生命体征`,
        });
      }
    }
    if (reason === 'transferred') {
      ctx.plan.core('referrals', end, {
        id: ctx.ids.uuid(),
        ...timestamps(end, 9),
        direction: 'out',
        partnerId: network.county.id,
        personId: person.id,
        date: end,
        reason: '失能程度加重，需要专业护理，转介至县特困人员供养服务中心',
        status: 'completed',
      });
    }
  }
}

/** Home leaves (Spring Festival, family visits) and hospital episodes, one at a time, inside the stay. */
function admissionReferral(
  ctx: DemoContext,
  random: Random,
  admit: string,
  personId: string,
  network: Network,
): Referral {
  const fromVillage = random.chance(0.6) && network.villagePoints.length > 0;
  return {
    id: ctx.ids.uuid(),
    ...timestamps(addDays(admit, -random.int(3, 20)), 15),
    direction: 'in',
    ...(fromVillage
      ? { villagePointId: random.pick(network.villagePoints).id }
      : { partnerId: random.pick([network.county, network.otherCenter]).id }),
    personId,
    date: addDays(admit, -random.int(3, 20)),
    reason: fromVillage
      ? '独居，生活自理困难，村级互助点推荐入住'
      : '本人户籍在本镇，申请转回本镇中心集中供养',
    status: 'completed',
  };
}

function generateLeaves(
  ctx: DemoContext,
  random: Random,
  plan: StayPlan,
  personId: string,
  name: string,
  stayId: string,
  network: Network,
  census: Census,
): Leave[] {
  const leaves: Leave[] = [];
  const last = plan.end ?? ctx.today;
  let day = addDays(plan.admit > ctx.start ? plan.admit : ctx.start, random.int(7, 60));
  for (;;) {
    const previous = day;
    day = addDays(day, nextGap(random, 1.2));
    // Some deaths happen in hospital: a last hospital stay that ends on the day of death.
    const lastHospital = plan.reason === 'deceased' && day >= last && random.chance(0.4);
    if (lastHospital) {
      const late = addDays(last, -random.int(2, 10));
      day = late > previous ? late : addDays(previous, 1);
    }
    if (day >= last) break;
    const hospital = lastHospital || random.chance(0.4);
    const length = hospital ? random.int(3, 21) : random.int(2, 10);
    let back = addDays(day, length);
    // Some deaths happen in hospital: the hospital stay then ends on the day of death.
    const diesInHospital = plan.end !== null && back >= plan.end && plan.reason === 'deceased' && hospital;
    if (plan.end !== null && back >= plan.end && !diesInHospital) break;
    if (diesInHospital && plan.end !== null) back = plan.end;
    const stillAway = back > ctx.today;
    const partner = random.chance(0.7) ? network.townshipHospital : network.countyHospital;
    const leave: Leave = {
      id: ctx.ids.uuid(),
      ...timestamps(day, 9),
      personId,
      stayId,
      kind: hospital ? 'hospital' : 'leave',
      from: day,
      expectedReturn: back,
      returnedAt: null,
      destination: hospital ? partner.name : random.pick(['儿子家', '女儿家', '老家']),
      reason: hospital
        ? random.pick(['肺部感染', '血压控制不佳', '跌倒后检查', '心慌胸闷'])
        : random.pick(['春节回家团聚', '家中办事', '探亲']),
      companion: hospital ? random.pick(['护工陪同', '家属陪同']) : random.pick(['儿子', '女儿', '侄子']),
      mealStop: true,
    };
    ctx.plan.core('leaves', day, leave);
    const span = leaveSpan({ from: day, returnedAt: stillAway ? null : back });
    census.add('inHouse', span, -1, personId);
    census.add(hospital ? 'inHospital' : 'onLeave', span);
    census.note(day, 'leave', {
      personId,
      text: hospital
        ? `${name} 因${leave.reason ?? ''}送${partner.name}住院`
        : `${name} 请假回${leave.destination ?? '家'}`,
    });
    if (hospital) {
      ctx.plan.core('referrals', day, {
        id: ctx.ids.uuid(),
        ...timestamps(day, 9, 30),
        direction: 'out',
        partnerId: partner.id,
        personId,
        date: day,
        reason: `${leave.reason ?? ''}，转诊住院治疗`,
        status: 'completed',
      });
    }
    if (stillAway) {
      leaves.push(leave);
      break;
    }
    const returned: Leave = {
      ...leave,
      ...timestamps(back, 16),
      createdAt: leave.createdAt,
      returnedAt: back,
    };
    ctx.plan.core('leaves', back, returned);
    leaves.push(returned);
    if (diesInHospital) break;
    census.note(back, 'leave', { personId, text: hospital ? `${name} 出院返回中心` : `${name} 销假返回` });
    day = back;
  }
  return leaves;
}

function away(leaves: readonly Leave[], day: string): boolean {
  return leaves.some((l) => awayOn(l, day));
}

/** A carer who was on duty and reported it; the nurse comes too. */
function onDuty(ctx: DemoContext, random: Random): { staffIds: string[]; reporterName: string } {
  const carer = random.pick(ctx.staff.carers);
  const nurse = ctx.staff.nurses[0];
  return {
    staffIds: [carer.id, ...(nurse ? [nurse.id] : [])],
    reporterName: carer.name,
  };
}

function generateIncidents(
  ctx: DemoContext,
  random: Random,
  plan: StayPlan,
  elder: Elder,
  leaves: readonly Leave[],
  riskEvents: { date: string; type: RiskEventType }[],
  census: Census,
): void {
  const last = plan.end ?? addDays(ctx.today, 1);
  let day = plan.admit > ctx.start ? plan.admit : ctx.start;
  for (;;) {
    const { physical } = healthOn(elder.health, plan.admit, day);
    day = addDays(day, nextGap(random, 0.2 + physical * 0.6));
    if (day >= last) break;
    if (away(leaves, day)) continue;
    const incident = makeIncident(ctx, random, {
      personId: elder.person.id,
      personName: elder.person.name,
      date: day,
      dementia: elder.health.dementia,
      ...onDuty(ctx, random),
    });
    ctx.plan.shard('careLogs', incident);
    const type = riskEventOf(incident.category);
    if (type) riskEvents.push({ date: day, type });
    census.note(day, 'events', {
      personId: elder.person.id,
      bedLabel: plan.bed.label,
      text: `${incident.description}${incident.actionTaken}`,
    });
  }
}

function generateAssessments(
  ctx: DemoContext,
  random: Random,
  plan: StayPlan,
  elder: Elder,
  leaves: readonly Leave[],
  riskEvents: readonly { date: string; type: RiskEventType }[],
): void {
  const { person, health } = elder;
  const last = plan.end ?? ctx.today;
  const eventsBefore = (day: string): Partial<Record<RiskEventType, number>> => {
    const counts: Partial<Record<RiskEventType, number>> = {};
    const from = addDays(day, -30);
    for (const e of riskEvents)
      if (e.date >= from && e.date < day) counts[e.type] = (counts[e.type] ?? 0) + 1;
    return counts;
  };
  const ability = (date: string, reason: 'first' | 'routine' | 'onChange'): void => {
    const record = abilityAssessment(ctx, random, {
      personId: person.id,
      date,
      reason,
      health,
      since: plan.admit,
      riskEvents30d: eventsBefore(date),
    });
    ctx.plan.core('abilityAssessments', date < plan.admit ? plan.admit : date, record);
  };
  ability(addDays(plan.admit, -random.int(0, 5)), 'first');
  for (let date = addYears(plan.admit, 1); date < last; date = addYears(date, 1)) {
    ability(addDays(date, -random.int(0, 20)), 'routine');
  }
  for (const leave of leaves) {
    if (leave.kind === 'hospital' && leave.returnedAt !== null && random.chance(0.3)) {
      const date = addDays(leave.returnedAt, random.int(1, 7));
      if (date < last) ability(date, 'onChange');
    }
  }
  ctx.plan.core(
    'riskAssessments',
    plan.admit,
    riskAssessment(
      ctx,
      random,
      person.id,
      addDays(plan.admit, -random.int(0, 3)),
      'admission',
      health,
      plan.admit,
    ),
  );
  for (let date = addDays(plan.admit, 182); date < last; date = addDays(date, 182)) {
    ctx.plan.core(
      'riskAssessments',
      date,
      riskAssessment(ctx, random, person.id, date, 'routine', health, plan.admit),
    );
  }
}
