import { ABILITY_DIMENSIONS, ABILITY_ITEMS, scoreAbility } from '../../../../../shared/domain/ability';
import type { AbilityDimension, AbilityResult } from '../../../../../shared/domain/ability';
import type { AbilityFormValues, PersonFactors } from './ability-form';
import { answeredCount, completeScores, toFactors } from './ability-form';

export interface AbilitySummaryView {
  /** Running sums of what is picked so far. */
  dimensions: Record<AbilityDimension, number>;
  total: number;
  answered: number;
  /** Null until every item is scored (or coma decides the level alone). */
  result: AbilityResult | null;
}

/** The live figures beside the form, from the same scoring rules the core applies on save. */
export function summarize(
  form: Pick<AbilityFormValues, 'scores' | 'coma' | 'dementia' | 'psychiatric'>,
  person: PersonFactors,
): AbilitySummaryView {
  const { scores, coma } = form;
  const dimensions = Object.fromEntries(ABILITY_DIMENSIONS.map((d) => [d, 0])) as Record<
    AbilityDimension,
    number
  >;
  for (const item of ABILITY_ITEMS) dimensions[item.dimension] += scores[item.key] ?? 0;
  const total = ABILITY_DIMENSIONS.reduce((sum, d) => sum + dimensions[d], 0);
  const complete = completeScores(scores);
  const result = complete || coma ? scoreAbility(complete, toFactors(form, person)) : null;
  return { dimensions, total, answered: answeredCount(scores), result };
}
