import type { Control, FieldErrors, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { RISK_CODES, risksMissingMeasures } from '../../../../../shared/domain/risk';
import type { RiskCode, RiskEntry, RiskGrade } from '../../../../../shared/domain/risk';
import { RiskAssessmentInputSchema, V } from '../../../../../shared/schema';
import type { RISK_ASSESSMENT_REASONS, RiskAssessmentInput } from '../../../../../shared/schema';

export type RiskReason = (typeof RISK_ASSESSMENT_REASONS)[number];

/** The risk form while it is filled: a grade is only set once the assessor chose it. */
export interface RiskFormValues {
  personId: string;
  date: string;
  reason: RiskReason | undefined;
  assessor: string;
  risks: Record<RiskCode, { grade: RiskGrade | undefined; measures: string }>;
  notes: string;
}

export type RiskControl = Control<RiskFormValues, unknown, RiskAssessmentInput>;

export function emptyRiskForm(personId: string, today: string): RiskFormValues {
  return {
    personId,
    date: today,
    reason: undefined,
    assessor: '',
    risks: Object.fromEntries(
      RISK_CODES.map((code) => [code, { grade: undefined, measures: '' }]),
    ) as RiskFormValues['risks'],
    notes: '',
  };
}

const schemaResolver = zodResolver(RiskAssessmentInputSchema) as unknown as Resolver<
  RiskFormValues,
  unknown,
  RiskAssessmentInput
>;

/**
 * zodResolver(RiskAssessmentInputSchema), plus the missing-measures check at
 * once: the schema runs it only when everything else is valid, and the
 * assessor should see it beside the risk as soon as they submit.
 */
export const riskResolver: Resolver<RiskFormValues, unknown, RiskAssessmentInput> = async (
  values,
  context,
  options,
) => {
  const result = await schemaResolver(values, context, options);
  const graded: Partial<Record<RiskCode, RiskEntry>> = {};
  for (const code of RISK_CODES) {
    const entry = values.risks[code];
    if (entry.grade) graded[code] = { grade: entry.grade, measures: entry.measures };
  }
  const missing = risksMissingMeasures(graded);
  if (missing.length === 0) return result;
  const errors = { ...result.errors } as FieldErrors<RiskFormValues>;
  const risks = { ...(errors.risks ?? {}) } as NonNullable<FieldErrors<RiskFormValues>['risks']>;
  for (const code of missing) {
    risks[code] = { ...(risks[code] ?? {}), measures: { type: 'custom', message: V.risk.measuresRequired } };
  }
  return { values: {}, errors: { ...errors, risks } };
};
