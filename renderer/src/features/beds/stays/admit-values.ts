import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { daysBetween } from '../../../../../shared/domain/dates';
import { isLiveRecord } from '../../../../../shared/domain/census';
import { AdmitSchema } from '../../../../../shared/ipc/beds';
import type { PersonDetail } from '../../../../../shared/ipc/people';
import type { Person, StayFunding } from '../../../../../shared/schema';

/** The admission form while the clerk types: boxes hold text, blank means "not given". */
export interface AdmitValues {
  personId: string;
  admittedOn: string;
  bedId: string;
  contractNumber: string;
  contractTerm: { from: string; to: string };
  source: string | undefined;
  funding: string | undefined;
  emergencyContactConfirmed: boolean;
  overrideReason: string;
  notes: string;
}

export type AdmitOutput = z.output<typeof AdmitSchema>;

export function emptyAdmit(from: { personId?: string; bedId?: string; date: string }): AdmitValues {
  return {
    personId: from.personId ?? '',
    admittedOn: from.date,
    bedId: from.bedId ?? '',
    contractNumber: '',
    contractTerm: { from: '', to: '' },
    source: undefined,
    funding: undefined,
    emergencyContactConfirmed: false,
    overrideReason: '',
    notes: '',
  };
}

/** 特困 elders supported by the state on the admission day are funded that way; the clerk may change it. */
export function defaultFunding(person: Person, day: string): StayFunding | undefined {
  const poor = person.categories.some(
    (c) =>
      c.category === 'extremePoorCentral' &&
      c.from <= day &&
      (c.to === null || c.to === undefined || c.to >= day),
  );
  return poor ? 'extremePoorCentral' : undefined;
}

const blankToUndefined = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

/**
 * What the core receives. The override reason is sent only while the form asks
 * for it (assessments missing or too old), so a reason typed and then made
 * unnecessary by another date is not stored.
 */
export function toAdmitInput(values: AdmitValues, needsOverride: boolean): Record<string, unknown> {
  const term = values.contractTerm;
  return {
    personId: values.personId,
    bedId: values.bedId,
    admittedOn: values.admittedOn,
    contractNumber: values.contractNumber,
    contractTerm: term.from === '' && term.to === '' ? undefined : term,
    source: values.source,
    funding: values.funding,
    emergencyContactConfirmed: values.emergencyContactConfirmed,
    overrideReason: needsOverride ? values.overrideReason : undefined,
    notes: blankToUndefined(values.notes),
  };
}

export interface AssessmentAge {
  date: string | null;
  days: number | null;
  fresh: boolean;
}

function latestOnOrBefore(list: readonly { date: string; voided?: unknown }[], day: string): string | null {
  let best: string | null = null;
  for (const a of list)
    if (isLiveRecord(a) && a.date <= day && (best === null || a.date > best)) best = a.date;
  return best;
}

/** The latest ability and safety-risk assessment on or before the admission day, as the core judges them. */
export function assessmentAges(
  detail: PersonDetail,
  day: string,
  maxAgeDays: number,
): { ability: AssessmentAge; risk: AssessmentAge; fresh: boolean } {
  const age = (date: string | null): AssessmentAge => {
    const days = date === null ? null : daysBetween(date, day);
    return { date, days, fresh: days !== null && days <= maxAgeDays };
  };
  const ability = age(latestOnOrBefore(detail.abilityAssessments, day));
  const risk = age(latestOnOrBefore(detail.riskAssessments, day));
  return { ability, risk, fresh: ability.fresh && risk.fresh };
}

const schemaResolver = zodResolver(AdmitSchema);

/**
 * Checked by the very schema the main process uses, after blank boxes become
 * "not given"; the tick, which the core checks too, is asked for here so the
 * clerk hears it at once. The override reason is the form's to ask for (it
 * depends on the assessments, not on the values).
 */
export const admitResolver: Resolver<AdmitValues, unknown, AdmitOutput> = async (
  values,
  context,
  options,
) => {
  const result = await schemaResolver(
    toAdmitInput(values, false) as z.input<typeof AdmitSchema>,
    context,
    options as never,
  );
  const errors: Record<string, unknown> = { ...result.errors };
  if (values.personId === '') errors.personId = { type: 'required', message: 'validation.required' };
  if (values.bedId === '') errors.bedId = { type: 'required', message: 'validation.required' };
  if (!values.emergencyContactConfirmed)
    errors.emergencyContactConfirmed = { type: 'custom', message: 'beds.emergencyContactUnconfirmed' };
  if (Object.keys(errors).length === 0) return result;
  return { values: {}, errors: errors as typeof result.errors };
};
