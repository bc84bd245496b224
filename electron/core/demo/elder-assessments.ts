import {
  ABILITY_ITEMS,
  scoreAbility,
  type AbilityFactors,
  type AbilityScores,
  type RiskEventType,
} from '../../../shared/domain/ability';
import { RISK_CODES, gradeNeedsMeasures, type RiskCode, type RiskGrade } from '../../../shared/domain/risk';
import type { AbilityAssessment, RiskAssessment } from '../../../shared/schema';
import { timestamps, type DemoContext } from './context';
import { addYears, daysBetween } from './dates';
import type { Health } from './elders';
import type { Random } from './random';

/** Health on a given day: frailty drifts upwards with the years since `since`. */
export function healthOn(
  health: Health,
  since: string,
  day: string,
): { physical: number; cognitive: number } {
  const years = Math.max(0, daysBetween(since, day)) / 365;
  return {
    physical: Math.min(0.98, health.physical + health.drift * years),
    cognitive: Math.min(
      0.98,
      health.cognitive + (health.dementia ? health.drift * 1.5 : health.drift * 0.3) * years,
    ),
  };
}

/** Item scores that follow the person's frailty, each within the item's own range. */
function drawScores(random: Random, physical: number, cognitive: number): AbilityScores {
  const scores = {} as AbilityScores;
  for (const item of ABILITY_ITEMS) {
    const impairment =
      item.dimension === 'mental'
        ? cognitive
        : item.dimension === 'perception'
          ? (physical + cognitive) / 2
          : physical;
    const raw = item.max * (1 - impairment) + (random.next() - 0.5) * 1.2;
    scores[item.code] = Math.max(0, Math.min(item.max, Math.round(raw)));
  }
  return scores;
}

export interface AbilityDraft {
  personId: string;
  date: string;
  reason: AbilityAssessment['reason'];
  health: Health;
  since: string;
  /** Falls, choking… in the 30 days before, which may raise the level by one. */
  riskEvents30d: Partial<Record<RiskEventType, number>>;
}

/** An assessment with item scores and the level computed by the domain rules, as the app would store it. */
export function abilityAssessment(ctx: DemoContext, random: Random, draft: AbilityDraft): AbilityAssessment {
  const { physical, cognitive } = healthOn(draft.health, draft.since, draft.date);
  const scores = drawScores(random, physical, cognitive);
  const factors: AbilityFactors = {
    coma: false,
    dementia: draft.health.dementia,
    psychiatric: draft.health.psychiatric,
    riskEvents30d: draft.riskEvents30d,
  };
  const result = scoreAbility(scores, factors);
  const nurse = random.pick(ctx.staff.nurses);
  const picked = random.pick([...ctx.staff.socialWorkers, ctx.staff.doctor]);
  // Two different assessors are required; namesakes happen in a village, so fall back to the director.
  const second = picked.name === nurse.name ? ctx.staff.director : picked;
  return {
    id: ctx.ids.uuid(),
    ...timestamps(draft.date, 10, random.int(0, 59)),
    personId: draft.personId,
    standard: 'GB/T 42195-2022',
    date: draft.date,
    reason: draft.reason,
    assessors: [nurse.name, second.name === nurse.name ? `${second.name}·` : second.name],
    scores,
    factors,
    result,
    notes: result.adjustments.length > 0 ? '存在提级因素，按规范上调一级。' : '',
  };
}

const MEASURES: Record<RiskCode, string> = {
  choking: '进食时专人看护，软食、小口慢咽，餐后保持坐位30分钟。',
  wrongIngestion: '药品由护士统一保管、按时发放并看服到口；清洁剂上锁存放。',
  pressureSore: '每2小时翻身一次并记录，使用防压疮气垫，保持皮肤清洁干燥。',
  scald: '热水由护理员调温后提供，禁用热水袋，洗浴前先测水温。',
  fallFromBed: '夜间加装床档，床位调至最低，夜班巡查重点观察。',
  fall: '穿防滑鞋，走廊和卫生间设扶手，如厕、行走时有人陪护。',
  wandering: '佩戴定位手环和联系卡，门禁管理，交接班重点交代。',
  harm: '清点锐器、绳带，情绪异常及时通知家属和医生，专人看护。',
  activityAccident: '参加活动前评估身体状况，活动中有工作人员在场。',
};

function grade(score: number): RiskGrade {
  if (score > 0.75) return 'high';
  if (score > 0.5) return 'medium';
  if (score > 0.2) return 'low';
  return 'none';
}

/** Nine GB 38600 risks graded from the person's state; measures written wherever a risk is above low. */
export function riskAssessment(
  ctx: DemoContext,
  random: Random,
  personId: string,
  date: string,
  reason: RiskAssessment['reason'],
  health: Health,
  since: string,
): RiskAssessment {
  const { physical, cognitive } = healthOn(health, since, date);
  const jitter = (): number => (random.next() - 0.5) * 0.2;
  const levels: Record<RiskCode, number> = {
    choking: physical * 0.7 + jitter(),
    wrongIngestion: cognitive * 0.9 + jitter(),
    pressureSore: physical * 0.95 + jitter() - 0.1,
    scald: (physical + cognitive) * 0.35 + jitter(),
    fallFromBed: physical * 0.8 + jitter(),
    fall: 0.25 + physical * 0.7 + jitter(),
    wandering: health.dementia ? 0.55 + cognitive * 0.4 : cognitive * 0.4 + jitter(),
    harm: health.psychiatric ? 0.6 : cognitive * 0.3,
    activityAccident: 0.1 + physical * 0.3 + jitter(),
  };
  const risks = Object.fromEntries(
    RISK_CODES.map((code) => {
      const g = grade(levels[code]);
      return [code, gradeNeedsMeasures(g) ? { grade: g, measures: MEASURES[code] } : { grade: g }];
    }),
  ) as RiskAssessment['risks'];
  return {
    id: ctx.ids.uuid(),
    ...timestamps(date, 14, random.int(0, 59)),
    personId,
    date,
    reason,
    assessor: random.pick(ctx.staff.nurses).name,
    risks,
    notes: '',
  };
}

/**
 * A day-care member's or a home-service client's assessments: ability and risk
 * when the service starts, then ability once a year while it lasts.
 */
export function planServiceAssessments(
  ctx: DemoContext,
  random: Random,
  elder: { person: { id: string }; health: Health },
  from: string,
  last: string,
): void {
  const { person, health } = elder;
  const ability = (date: string, reason: 'first' | 'routine') =>
    abilityAssessment(ctx, random, {
      personId: person.id,
      date,
      reason,
      health,
      since: from,
      riskEvents30d: {},
    });
  ctx.plan.core('abilityAssessments', from, ability(from, 'first'));
  ctx.plan.core(
    'riskAssessments',
    from,
    riskAssessment(ctx, random, person.id, from, 'admission', health, from),
  );
  for (let date = addYears(from, 1); date < last; date = addYears(date, 1)) {
    ctx.plan.core('abilityAssessments', date, ability(date, 'routine'));
  }
}
