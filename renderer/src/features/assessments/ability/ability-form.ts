import { get } from 'react-hook-form';
import type { Control, FieldErrors, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ABILITY_ITEMS } from '../../../../../shared/domain/ability';
import type { AbilityFactors, AbilityItemCode, AbilityScores } from '../../../../../shared/domain/ability';
import { AbilityAssessmentInputSchema } from '../../../../../shared/schema';
import type { AbilityAssessmentInput, ASSESSMENT_REASONS } from '../../../../../shared/schema';

export type AssessmentReason = (typeof ASSESSMENT_REASONS)[number];

/**
 * What the form holds while the user picks. Scores are keyed by the item's
 * i18n-safe key ('b1_1'), because react-hook-form reads dots in a field name
 * as nesting and the standard's codes ('B.1.1') are full of dots.
 */
export interface AbilityFormValues {
  personId: string;
  date: string;
  reason: AssessmentReason | undefined;
  assessors: [string, string];
  scores: Record<string, number | undefined>;
  coma: boolean;
  /** Start from the record's diagnoses; the assessor may add one found during the visit. */
  dementia: boolean;
  psychiatric: boolean;
  notes: string;
}

/** The form's control: edits AbilityFormValues, submits the schema's parsed input. */
export type AbilityControl = Control<AbilityFormValues, unknown, AbilityAssessmentInput>;

/** What the record says about the person, used for the adjustments. */
export interface PersonFactors {
  dementia: boolean;
  psychiatric: boolean;
  /** Counted by the core from the care log: falls, choking, suicide, self-harm, wandering. */
  recentRiskEvents: number;
}

export function emptyAbilityForm(personId: string, today: string, person: PersonFactors): AbilityFormValues {
  return {
    personId,
    date: today,
    reason: undefined,
    assessors: ['', ''],
    scores: Object.fromEntries(ABILITY_ITEMS.map((item) => [item.key, undefined])),
    coma: false,
    dementia: person.dementia,
    psychiatric: person.psychiatric,
    notes: '',
  };
}

/** Every item's score, or null while any is missing. */
export function completeScores(scores: AbilityFormValues['scores']): AbilityScores | null {
  const out: Partial<Record<AbilityItemCode, number>> = {};
  for (const item of ABILITY_ITEMS) {
    const score = scores[item.key];
    if (score === undefined) return null;
    out[item.code] = score;
  }
  return out as AbilityScores;
}

export function answeredCount(scores: AbilityFormValues['scores']): number {
  return ABILITY_ITEMS.filter((item) => scores[item.key] !== undefined).length;
}

type FormFactors = Pick<AbilityFormValues, 'coma' | 'dementia' | 'psychiatric'>;

/**
 * Factors for the live summary. The page only knows the total of risk events
 * and scoring needs only the total, so it is carried as one count; the core
 * counts them by type itself when saving.
 */
export function toFactors(form: FormFactors, person: PersonFactors): AbilityFactors {
  return {
    coma: form.coma,
    dementia: form.dementia || person.dementia,
    psychiatric: form.psychiatric || person.psychiatric,
    riskEvents30d: person.recentRiskEvents > 0 ? { fall: person.recentRiskEvents } : {},
  };
}

/**
 * The form as the schema wants it. Unanswered items stay undefined so the
 * schema names each one; with coma an incomplete form is sent without scores
 * (level 4 without scoring).
 */
export function toAbilityInput(values: AbilityFormValues, person: PersonFactors): unknown {
  const complete = completeScores(values.scores);
  const scores =
    complete ??
    (values.coma
      ? null
      : Object.fromEntries(ABILITY_ITEMS.map((item) => [item.code, values.scores[item.key]])));
  return {
    personId: values.personId,
    standard: 'GB/T 42195-2022',
    date: values.date,
    reason: values.reason,
    assessors: values.assessors,
    scores,
    // Risk events are counted by the core from the care log, never taken from the page.
    factors: {
      coma: values.coma,
      dementia: values.dementia || person.dementia,
      psychiatric: values.psychiatric || person.psychiatric,
      riskEvents30d: {},
    },
    notes: values.notes,
  };
}

const schemaResolver = zodResolver(AbilityAssessmentInputSchema);

/**
 * zodResolver(AbilityAssessmentInputSchema) over the converted form: the
 * schema's issues at `scores.B.1.1` are moved to the form's `scores.b1_1`.
 */
export function abilityResolver(
  person: PersonFactors,
): Resolver<AbilityFormValues, unknown, AbilityAssessmentInput> {
  return async (values, context, options) => {
    const input = toAbilityInput(values, person) as AbilityAssessmentInput;
    // The form's field refs do not match the schema's paths; errors are placed below instead.
    const result = await schemaResolver(input, context, { ...options, fields: {}, names: undefined });
    if (Object.keys(result.errors).length === 0) {
      const parsed: AbilityAssessmentInput = result.values as AbilityAssessmentInput;
      return { values: parsed, errors: {} };
    }
    const errors = result.errors as Record<string, unknown>;
    const scoreErrors: Record<string, unknown> = {};
    for (const item of ABILITY_ITEMS) {
      const error: unknown = get(errors, `scores.${item.code}`);
      if (error) scoreErrors[item.key] = error;
    }
    const { scores: _scores, ...rest } = errors;
    const mapped = Object.keys(scoreErrors).length > 0 ? { ...rest, scores: scoreErrors } : rest;
    return { values: {}, errors: mapped as FieldErrors<AbilityFormValues> };
  };
}

/** `B.1.1` → `ability-item-B-1-1`, stable for e2e tests. */
export function itemTestId(code: AbilityItemCode): string {
  return `ability-item-${code.replace(/\./g, '-')}`;
}
