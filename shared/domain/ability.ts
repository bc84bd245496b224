import type { MessageKey } from '../i18n/keys';

/**
 * GB/T 42195-2022 老年人能力评估规范: 26 items in 4 dimensions (32/15/28/15,
 * total 90), a preliminary level from the total, then adjustments in order:
 * coma → level 4; otherwise raise one level (never above 4) for dementia,
 * another psychiatric diagnosis, or two or more risk events in 30 days.
 */
export const ABILITY_DIMENSIONS = ['selfCare', 'motor', 'mental', 'perception'] as const;
export type AbilityDimension = (typeof ABILITY_DIMENSIONS)[number];

export const DIMENSION_MAX: Record<AbilityDimension, number> = {
  selfCare: 32,
  motor: 15,
  mental: 28,
  perception: 15,
};
export const ABILITY_TOTAL_MAX = 90;

export const ABILITY_ITEM_CODES = [
  'B.1.1',
  'B.1.2',
  'B.1.3',
  'B.1.4',
  'B.1.5',
  'B.1.6',
  'B.1.7',
  'B.1.8',
  'B.2.1',
  'B.2.2',
  'B.2.3',
  'B.2.4',
  'B.3.1',
  'B.3.2',
  'B.3.3',
  'B.3.4',
  'B.3.5',
  'B.3.6',
  'B.3.7',
  'B.3.8',
  'B.3.9',
  'B.4.1',
  'B.4.2',
  'B.4.3',
  'B.4.4',
  'B.4.5',
] as const;
export type AbilityItemCode = (typeof ABILITY_ITEM_CODES)[number];
export type AbilityScores = Record<AbilityItemCode, number>;

/** Option wording: most items share the standard 5-step scale; the rest have their own. */
type OptionSet =
  | 'step5'
  | 'eating'
  | 'continence'
  | 'walking'
  | 'stairs'
  | 'orientation'
  | 'memory'
  | 'understanding'
  | 'expression'
  | 'behaviour'
  | 'consciousness'
  | 'vision'
  | 'hearing'
  | 'goingOut'
  | 'social';

export interface AbilityItem {
  code: AbilityItemCode;
  /** i18n-safe form of the code ('B.1.1' → 'b1_1'); dots would split i18next keys. */
  key: AbilityItemKey;
  dimension: AbilityDimension;
  max: number;
  labelKey: `domain:ability.item.${AbilityItemKey}`;
  /** Label key per allowed score, best (max) first. */
  options: { score: number; labelKey: AbilityOptionLabelKey }[];
}

/** 'B.1.1' → 'b1_1' at the type level, so the item's label key is checked against the catalogue. */
type ItemKeyOf<C> = C extends `B.${infer D}.${infer N}` ? `b${D}_${N}` : never;
export type AbilityItemKey = ItemKeyOf<AbilityItemCode>;

/**
 * An option's label key, taken from the catalogue: the scores an option set offers
 * are data (DEFINITIONS), so the key is built at run time and tests/shared/i18n.test.ts
 * checks that every one of them exists.
 */
export type AbilityOptionLabelKey = `domain:${Extract<MessageKey<'domain'>, `ability.option.${string}`>}`;

const DEFINITIONS: [AbilityItemCode, AbilityDimension, number, OptionSet][] = [
  ['B.1.1', 'selfCare', 4, 'eating'],
  ['B.1.2', 'selfCare', 4, 'step5'],
  ['B.1.3', 'selfCare', 4, 'step5'],
  ['B.1.4', 'selfCare', 4, 'step5'],
  ['B.1.5', 'selfCare', 4, 'step5'],
  ['B.1.6', 'selfCare', 4, 'continence'],
  ['B.1.7', 'selfCare', 4, 'continence'],
  ['B.1.8', 'selfCare', 4, 'step5'],
  ['B.2.1', 'motor', 4, 'step5'],
  ['B.2.2', 'motor', 4, 'step5'],
  ['B.2.3', 'motor', 4, 'walking'],
  ['B.2.4', 'motor', 3, 'stairs'],
  ['B.3.1', 'mental', 4, 'orientation'],
  ['B.3.2', 'mental', 4, 'orientation'],
  ['B.3.3', 'mental', 4, 'orientation'],
  ['B.3.4', 'mental', 4, 'memory'],
  ['B.3.5', 'mental', 4, 'understanding'],
  ['B.3.6', 'mental', 4, 'expression'],
  ['B.3.7', 'mental', 1, 'behaviour'],
  ['B.3.8', 'mental', 1, 'behaviour'],
  ['B.3.9', 'mental', 2, 'consciousness'],
  ['B.4.1', 'perception', 2, 'vision'],
  ['B.4.2', 'perception', 2, 'hearing'],
  ['B.4.3', 'perception', 4, 'step5'],
  ['B.4.4', 'perception', 3, 'goingOut'],
  ['B.4.5', 'perception', 4, 'social'],
];

export function abilityItemKey(code: AbilityItemCode): AbilityItemKey {
  return code.replace(/^B\.(\d)\.(\d)$/, 'b$1_$2') as AbilityItemKey;
}

export const ABILITY_ITEMS: readonly AbilityItem[] = DEFINITIONS.map(([code, dimension, max, set]) => {
  const key = abilityItemKey(code);
  const options: AbilityItem['options'] = [];
  for (let score = max; score >= 0; score--) {
    options.push({ score, labelKey: `domain:ability.option.${set}.s${score}` as AbilityOptionLabelKey });
  }
  return { code, key, dimension, max, labelKey: `domain:ability.item.${key}`, options };
});

export const ABILITY_ITEM_BY_CODE = Object.fromEntries(
  ABILITY_ITEMS.map((item) => [item.code, item]),
) as Record<AbilityItemCode, AbilityItem>;

export function isAllowedScore(code: AbilityItemCode, score: number): boolean {
  return Number.isInteger(score) && score >= 0 && score <= ABILITY_ITEM_BY_CODE[code].max;
}

export const ABILITY_LEVELS = [0, 1, 2, 3, 4] as const;
export type AbilityLevel = (typeof ABILITY_LEVELS)[number];

export function abilityLevelLabelKey(level: AbilityLevel): `domain:ability.level.l${AbilityLevel}` {
  return `domain:ability.level.l${level}`;
}

/** 90 → 0, 66-89 → 1, 46-65 → 2, 30-45 → 3, 0-29 → 4. */
export function preliminaryLevel(total: number): AbilityLevel {
  if (total >= 90) return 0;
  if (total >= 66) return 1;
  if (total >= 46) return 2;
  if (total >= 30) return 3;
  return 4;
}

/** Care-risk events that count towards the "two or more in 30 days" adjustment. */
export const RISK_EVENT_TYPES = ['fall', 'choking', 'suicide', 'selfHarm', 'wandering'] as const;
export type RiskEventType = (typeof RISK_EVENT_TYPES)[number];

export interface AbilityFactors {
  coma: boolean;
  dementia: boolean;
  psychiatric: boolean;
  /** Events in the 30 days before the assessment, counted across all types. */
  riskEvents30d: Partial<Record<RiskEventType, number>>;
}

export const ADJUSTMENT_REASONS = ['coma', 'dementia', 'psychiatric', 'riskEvents'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

export interface AbilityAdjustment {
  kind: 'coma' | 'raiseOne';
  /** Every reason that triggered it; several reasons still raise only one level. */
  reasons: AdjustmentReason[];
  from: AbilityLevel | null;
  to: AbilityLevel;
}

export interface AbilityResult {
  dimensions: Record<AbilityDimension, number> | null;
  total: number | null;
  preliminaryLevel: AbilityLevel | null;
  finalLevel: AbilityLevel;
  adjustments: AbilityAdjustment[];
}

export function dimensionScores(scores: AbilityScores): Record<AbilityDimension, number> {
  const out: Record<AbilityDimension, number> = { selfCare: 0, motor: 0, mental: 0, perception: 0 };
  for (const item of ABILITY_ITEMS) out[item.dimension] += scores[item.code];
  return out;
}

export function riskEventTotal(events: Partial<Record<RiskEventType, number>>): number {
  return RISK_EVENT_TYPES.reduce((sum, type) => sum + (events[type] ?? 0), 0);
}

/**
 * Score an assessment. With coma the scores may be null: the standard sets
 * level 4 without scoring.
 */
export function scoreAbility(scores: AbilityScores | null, factors: AbilityFactors): AbilityResult {
  const dimensions = scores ? dimensionScores(scores) : null;
  const total = dimensions ? ABILITY_DIMENSIONS.reduce((s, d) => s + dimensions[d], 0) : null;
  const prelim = total === null ? null : preliminaryLevel(total);

  if (factors.coma) {
    return {
      dimensions,
      total,
      preliminaryLevel: prelim,
      finalLevel: 4,
      adjustments: [{ kind: 'coma', reasons: ['coma'], from: prelim, to: 4 }],
    };
  }
  if (prelim === null) throw new Error('scoreAbility: scores are required unless the person is in a coma');

  const reasons: AdjustmentReason[] = [];
  if (factors.dementia) reasons.push('dementia');
  if (factors.psychiatric) reasons.push('psychiatric');
  if (riskEventTotal(factors.riskEvents30d) >= 2) reasons.push('riskEvents');
  if (reasons.length === 0) {
    return { dimensions, total, preliminaryLevel: prelim, finalLevel: prelim, adjustments: [] };
  }
  const raised = Math.min(prelim + 1, 4) as AbilityLevel;
  return {
    dimensions,
    total,
    preliminaryLevel: prelim,
    finalLevel: raised,
    adjustments: [{ kind: 'raiseOne', reasons, from: prelim, to: raised }],
  };
}

/** ICD-10 F00-F03 is dementia; F04-F99 other psychiatric diagnoses. */
export function classifyIcd10(code: string): 'dementia' | 'psychiatric' | null {
  const m = /^F(\d{2})/i.exec(code.trim());
  if (!m) return null;
  return Number(m[1]) <= 3 ? 'dementia' : 'psychiatric';
}
