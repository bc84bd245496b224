import { ABILITY_ITEMS, RISK_EVENT_TYPES, scoreAbility } from '../../../shared/domain/ability';
import type {
  AbilityFactors,
  AbilityItemCode,
  AbilityResult,
  AbilityScores,
  RiskEventType,
} from '../../../shared/domain/ability';
import type { AbilityPreview, AbilityPreviewAdjustment } from '../../../shared/ipc/assessments';
import type { Person } from '../../../shared/schema';

export interface ClientFactors {
  coma?: boolean | undefined;
  dementia?: boolean | undefined;
  psychiatric?: boolean | undefined;
  riskEvents30d?: Partial<Record<RiskEventType, number | undefined>> | undefined;
}

/**
 * The factors an assessment is scored with. The server's facts cannot be
 * switched off from the form: dementia and psychiatric come from the person's
 * health record OR the assessor's tick; risk events per type are the larger of
 * what the care log shows for the 30 days and what the assessor entered
 * (events may have happened outside the center). Coma is the assessor's call.
 */
export function mergeFactors(
  person: Person,
  client: ClientFactors | undefined,
  logged: Record<RiskEventType, number>,
): AbilityFactors & { riskEvents30d: Record<RiskEventType, number> } {
  const riskEvents30d = Object.fromEntries(
    RISK_EVENT_TYPES.map((t) => [t, Math.max(logged[t], client?.riskEvents30d?.[t] ?? 0)]),
  ) as Record<RiskEventType, number>;
  return {
    coma: client?.coma ?? false,
    dementia: person.health.dementia || (client?.dementia ?? false),
    psychiatric: person.health.psychiatric || (client?.psychiatric ?? false),
    riskEvents30d,
  };
}

/** Fills items not yet picked with 0 and names them. */
export function completeScores(
  partial: Partial<Record<AbilityItemCode, number | null | undefined>> | null | undefined,
): {
  scores: AbilityScores;
  missing: AbilityItemCode[];
} {
  const scores = {} as AbilityScores;
  const missing: AbilityItemCode[] = [];
  for (const item of ABILITY_ITEMS) {
    const value = partial?.[item.code];
    if (value === undefined || value === null) missing.push(item.code);
    scores[item.code] = value ?? 0;
  }
  return { scores, missing };
}

export function withReasonCodes(result: AbilityResult): AbilityPreviewAdjustment[] {
  return result.adjustments.map((a) => {
    const reasonCodes = a.reasons.map((r) => `domain:ability.adjustment.${r}`);
    return { ...a, code: a.kind, reasonCode: reasonCodes[0] ?? '', reasonCodes };
  });
}

/** The preview the form shows while it is being filled. */
export function previewAbility(
  scoresIn: Partial<Record<AbilityItemCode, number | null | undefined>> | null | undefined,
  factors: ReturnType<typeof mergeFactors>,
): AbilityPreview {
  const { scores, missing } = completeScores(scoresIn);
  const comaWithoutScores = factors.coma && (scoresIn === null || scoresIn === undefined);
  const result = scoreAbility(comaWithoutScores ? null : scores, factors);
  const eventTotal = RISK_EVENT_TYPES.reduce((sum, t) => sum + factors.riskEvents30d[t], 0);
  return {
    ...result,
    adjustments: withReasonCodes(result),
    missingItems: comaWithoutScores ? [] : missing,
    complete: comaWithoutScores || missing.length === 0,
    factors,
    riskEventTotal: eventTotal,
  };
}
