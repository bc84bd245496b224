/** Ability (GB/T 42195-2022) and service-safety risk (GB 38600-2019) assessments. */
import { z } from 'zod';
import type { ABILITY_ITEM_CODES } from '../domain/ability';
import {
  ABILITY_DIMENSIONS,
  ABILITY_ITEMS,
  ABILITY_LEVELS,
  ADJUSTMENT_REASONS,
  RISK_EVENT_TYPES,
} from '../domain/ability';
import { RISK_CODES, RISK_GRADES, gradeNeedsMeasures } from '../domain/risk';
import {
  CareRecordBaseShape,
  IdSchema,
  IsoDateSchema,
  NameSchema,
  NonNegativeIntSchema,
  text,
} from './common';
import { E, V } from './messages';

export const ASSESSMENT_REASONS = ['first', 'routine', 'onChange', 'dispute', 'other'] as const;
export const ABILITY_STANDARDS = ['GB/T 42195-2022', 'MZ/T 039-2013'] as const;

const AbilityLevelSchema = z.union(
  ABILITY_LEVELS.map((l) => z.literal(l, E)),
  E,
);

/** One item's score: a whole number within that item's own range (B.2.4 max 3, B.3.7 max 1…). */
export function abilityItemScore(item: { max: number }): z.ZodNumber {
  return z
    .number(E)
    .int({ error: V.ability.scoreOutOfRange })
    .min(0, { error: V.ability.scoreOutOfRange })
    .max(item.max, { error: V.ability.scoreOutOfRange });
}

/** One entry per item. */
const scoreShape = Object.fromEntries(
  ABILITY_ITEMS.map((item) => [item.code, abilityItemScore(item)]),
) as Record<(typeof ABILITY_ITEM_CODES)[number], z.ZodNumber>;

export const AbilityScoresSchema = z.object(scoreShape, E);
export type AbilityScoresInput = z.infer<typeof AbilityScoresSchema>;

export const AbilityFactorsSchema = z.object(
  {
    coma: z.boolean(E),
    dementia: z.boolean(E),
    psychiatric: z.boolean(E),
    riskEvents30d: z.object(
      Object.fromEntries(RISK_EVENT_TYPES.map((t) => [t, NonNegativeIntSchema.optional()])) as Record<
        (typeof RISK_EVENT_TYPES)[number],
        z.ZodOptional<typeof NonNegativeIntSchema>
      >,
      E,
    ),
  },
  E,
);

const abilityInputFields = {
  personId: IdSchema,
  standard: z.enum(ABILITY_STANDARDS, E),
  date: IsoDateSchema,
  reason: z.enum(ASSESSMENT_REASONS, E),
  assessors: z.tuple([NameSchema, NameSchema], E),
  /** Null when the person is in a coma (level 4 without scoring) or for MZ/T 039 history. */
  scores: AbilityScoresSchema.nullable(),
  factors: AbilityFactorsSchema,
  /** MZ/T 039-2013 records carry only their level (0-3). */
  legacyLevel: AbilityLevelSchema.optional(),
  notes: text(2000),
};

function checkAbility(
  a: {
    standard: string;
    scores: unknown;
    factors: { coma: boolean };
    assessors: [string, string];
    legacyLevel?: number | undefined;
  },
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  if (a.assessors[0] === a.assessors[1]) {
    ctx.addIssue({ code: 'custom', message: V.ability.assessorsDistinct, path: ['assessors', 1] });
  }
  if (a.standard === 'MZ/T 039-2013') {
    if (a.legacyLevel === undefined) {
      ctx.addIssue({ code: 'custom', message: V.ability.legacyLevelRequired, path: ['legacyLevel'] });
    } else if (a.legacyLevel > 3) {
      // MZ/T 039-2013 stops at 3 重度失能; there is no level 4 in the old standard.
      ctx.addIssue({ code: 'custom', message: V.ability.legacyLevelRange, path: ['legacyLevel'] });
    }
    return;
  }
  if (a.legacyLevel !== undefined) {
    ctx.addIssue({ code: 'custom', message: V.ability.legacyLevelOnlyOld, path: ['legacyLevel'] });
  }
  if (a.scores === null && !a.factors.coma) {
    ctx.addIssue({ code: 'custom', message: V.ability.scoresRequired, path: ['scores'] });
  }
}

/** What the assessment form submits; the service computes the result. */
export const AbilityAssessmentInputSchema = z.object(abilityInputFields, E).superRefine(checkAbility);
export type AbilityAssessmentInput = z.infer<typeof AbilityAssessmentInputSchema>;

/** The computed outcome, stored so history shows what was decided at the time. */
export const AbilityResultSchema = z.object(
  {
    dimensions: z
      .object(
        Object.fromEntries(ABILITY_DIMENSIONS.map((d) => [d, NonNegativeIntSchema])) as Record<
          (typeof ABILITY_DIMENSIONS)[number],
          typeof NonNegativeIntSchema
        >,
        E,
      )
      .nullable(),
    total: NonNegativeIntSchema.max(90, { error: V.tooLarge }).nullable(),
    preliminaryLevel: AbilityLevelSchema.nullable(),
    finalLevel: AbilityLevelSchema,
    adjustments: z.array(
      z.object(
        {
          kind: z.enum(['coma', 'raiseOne'], E),
          reasons: z.array(z.enum(ADJUSTMENT_REASONS, E), E),
          from: AbilityLevelSchema.nullable(),
          to: AbilityLevelSchema,
        },
        E,
      ),
      E,
    ),
  },
  E,
);

export const AbilityAssessmentSchema = z
  .object({ ...CareRecordBaseShape, ...abilityInputFields, result: AbilityResultSchema }, E)
  .superRefine(checkAbility);
export type AbilityAssessment = z.infer<typeof AbilityAssessmentSchema>;

export const RiskGradeSchema = z.enum(RISK_GRADES, E);
export const RiskEntrySchema = z.object({ grade: RiskGradeSchema, measures: text(2000).optional() }, E);

export const RISK_ASSESSMENT_REASONS = ['admission', 'onChange', 'routine', 'other'] as const;

const riskInputFields = {
  personId: IdSchema,
  date: IsoDateSchema,
  reason: z.enum(RISK_ASSESSMENT_REASONS, E),
  assessor: NameSchema,
  risks: z.object(
    Object.fromEntries(RISK_CODES.map((c) => [c, RiskEntrySchema])) as Record<
      (typeof RISK_CODES)[number],
      typeof RiskEntrySchema
    >,
    E,
  ),
  notes: text(2000),
};

/** Written control measures are required for every risk graded above low. */
function checkMeasures(
  a: { risks: Record<string, { grade: (typeof RISK_GRADES)[number]; measures?: string | undefined }> },
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  for (const code of RISK_CODES) {
    const entry = a.risks[code];
    if (entry && gradeNeedsMeasures(entry.grade) && !entry.measures?.trim()) {
      ctx.addIssue({ code: 'custom', message: V.risk.measuresRequired, path: ['risks', code, 'measures'] });
    }
  }
}

export const RiskAssessmentInputSchema = z.object(riskInputFields, E).superRefine(checkMeasures);
export type RiskAssessmentInput = z.infer<typeof RiskAssessmentInputSchema>;

export const RiskAssessmentSchema = z
  .object({ ...CareRecordBaseShape, ...riskInputFields }, E)
  .superRefine(checkMeasures);
export type RiskAssessment = z.infer<typeof RiskAssessmentSchema>;
