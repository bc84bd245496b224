/**
 * Assessments (`assessments.*`): the ability form's live preview, saving
 * ability and risk assessments, and the list of elders due for reassessment.
 */
import { z } from 'zod';
import { ABILITY_ITEMS, RISK_EVENT_TYPES } from '../domain/ability';
import type { AbilityResult, AbilityItemCode, AdjustmentReason, RiskEventType } from '../domain/ability';
import {
  AbilityAssessmentInputSchema,
  IdSchema,
  IsoDateSchema,
  RiskAssessmentInputSchema,
  abilityItemScore,
} from '../schema';
import type { AbilityAssessment, RiskAssessment } from '../schema';
import { E } from '../schema/messages';
import { defineChannels, none, returns } from './define';
import type { AbilityLevelValue } from './people';

// ─── assessments ────────────────────────────────────────────────────────────

/** A draft's score: as in a saved assessment, or not picked yet. */
const scoreShape = Object.fromEntries(
  ABILITY_ITEMS.map((item) => [item.code, abilityItemScore(item).nullable().optional()]),
) as Record<AbilityItemCode, z.ZodOptional<z.ZodNullable<z.ZodNumber>>>;

/**
 * The ability form while it is being filled: every part optional, items not yet
 * picked (absent or null) count as missing. Extra form fields (assessors, notes…) are ignored.
 */
export const AbilityDraftSchema = z.object(
  {
    date: IsoDateSchema.optional(),
    scores: z.object(scoreShape, E).nullable().optional(),
    factors: z
      .object(
        {
          coma: z.boolean(E).optional(),
          dementia: z.boolean(E).optional(),
          psychiatric: z.boolean(E).optional(),
        },
        E,
      )
      .optional(),
  },
  E,
);

export const AbilityPreviewSchema = z.strictObject(
  { personId: IdSchema, input: AbilityDraftSchema },
  { message: 'ipc.argument.object' },
);

export interface AbilityPreviewAdjustment {
  kind: 'coma' | 'raiseOne';
  reasons: AdjustmentReason[];
  from: AbilityLevelValue | null;
  to: AbilityLevelValue;
  /** Same as kind. */
  code: 'coma' | 'raiseOne';
  /** `domain:ability.adjustment.<reason>` of the first reason. */
  reasonCode: string;
  /** `domain:ability.adjustment.<reason>` of every reason. */
  reasonCodes: string[];
}

export interface AbilityPreview extends Omit<AbilityResult, 'adjustments'> {
  adjustments: AbilityPreviewAdjustment[];
  /** Items not scored yet (counted as 0 above). */
  missingItems: AbilityItemCode[];
  complete: boolean;
  /** Facts the server applied: person health flags OR the form's ticks, incidents from the care log. */
  factors: {
    coma: boolean;
    dementia: boolean;
    psychiatric: boolean;
    riskEvents30d: Record<RiskEventType, number>;
  };
  riskEventTotal: number;
}

export const RISK_EVENT_TYPE_LIST = RISK_EVENT_TYPES;

export interface DueEntry {
  personId: string;
  name: string;
  /** Date of the latest ability assessment, null when never assessed. */
  lastDate: string | null;
  /** Why the ability assessment is due, i18n codes in the `errors` namespace: `people.reassessment.*`; empty when it is not. */
  reasons: string[];
  /** When the interval runs out (or ran out); null when never assessed. */
  dueDate: string | null;
  currentLevel: AbilityLevelValue | null;
  /** Why the safety-risk review is due (`people.reassessment.riskNever` / `riskInterval`); empty when it is not. */
  riskReasons: string[];
  /** Date of the latest safety-risk assessment, null when never done. */
  lastRiskDate: string | null;
  /** When the risk interval runs out (or ran out); null when never done. */
  riskDueDate: string | null;
}

// ─── channels ───────────────────────────────────────────────────────────────

export const assessmentsChannels = defineChannels('assessments', {
  'assessments.previewAbility': {
    input: AbilityPreviewSchema,
    output: returns<AbilityPreview>(),
    permission: 'assessments.write',
  },
  'assessments.saveAbility': {
    input: AbilityAssessmentInputSchema,
    output: returns<AbilityAssessment>(),
    permission: 'assessments.write',
  },
  'assessments.saveRisk': {
    input: RiskAssessmentInputSchema,
    output: returns<RiskAssessment>(),
    permission: 'assessments.write',
  },
  'assessments.due': { input: none, output: returns<DueEntry[]>(), permission: 'elders.read' },
});
