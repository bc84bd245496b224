/**
 * The report form's values, in the order of the paper 意外事件报告, and how
 * they become the contract's input (and how a saved incident fills them again).
 */
import { isTime } from '../../../../../shared/domain/dates';
import { INCIDENT_CATEGORIES } from '../../../../../shared/schema';
import type { Incident, IncidentCategory } from '../../../../../shared/schema';
import { RISK_CODES } from '../../../../../shared/domain/risk';
import { instantOf, localParts, timeNow } from '../incident-time';

export interface IncidentFormValues {
  category: IncidentCategory | '';
  date: string;
  occurredTime: string;
  place: string;
  personIds: string[];
  staffIds: string[];
  description: string;
  actionTaken: string;
  hospitalSent: boolean;
  hospitalDate: string;
  hospitalTime: string;
  hospitalDestination: string;
}

/** The form's fields in Tab order; the core's issue paths map onto these names. */
export const INCIDENT_FIELDS = [
  'category',
  'date',
  'occurredTime',
  'place',
  'personIds',
  'staffIds',
  'description',
  'actionTaken',
  'hospitalSent',
  'hospitalDate',
  'hospitalTime',
  'hospitalDestination',
] as const satisfies readonly (keyof IncidentFormValues)[];

/**
 * GB 38600's risks first (the kinds the risk assessment grades, its 他伤和自伤
 * split into self-harm, suicide and harm to others), then the other kinds.
 */
const RISK_KINDS = new Set<string>([...RISK_CODES, 'selfHarm', 'suicide', 'harmToOthers']);
export const RISK_CATEGORIES = INCIDENT_CATEGORIES.filter((c) => RISK_KINDS.has(c));
export const OTHER_CATEGORIES = INCIDENT_CATEGORIES.filter((c) => !RISK_KINDS.has(c));

export function blankValues(today: string, personId: string | null): IncidentFormValues {
  return {
    category: '',
    date: today,
    occurredTime: timeNow(),
    place: '',
    personIds: personId === null ? [] : [personId],
    staffIds: [],
    description: '',
    actionTaken: '',
    hospitalSent: false,
    hospitalDate: today,
    hospitalTime: '',
    hospitalDestination: '',
  };
}

export function valuesOf(incident: Incident): IncidentFormValues {
  const sentAt = incident.hospital?.at ? localParts(incident.hospital.at) : null;
  return {
    category: incident.category,
    date: incident.date,
    occurredTime: incident.occurredTime,
    place: incident.place,
    personIds: [...incident.personIds],
    staffIds: [...incident.staffIds],
    description: incident.description,
    actionTaken: incident.actionTaken,
    hospitalSent: incident.hospital !== null,
    hospitalDate: sentAt?.date ?? incident.date,
    hospitalTime: sentAt?.time ?? '',
    hospitalDestination: incident.hospital?.destination ?? '',
  };
}

/** The contract's facts; a hospital time left blank is "not known", kept as null. */
export function factsOf(v: IncidentFormValues): Record<string, unknown> {
  return {
    category: v.category === '' ? undefined : v.category,
    date: v.date,
    occurredTime: v.occurredTime.trim(),
    place: v.place,
    personIds: v.personIds,
    staffIds: v.staffIds,
    description: v.description,
    actionTaken: v.actionTaken,
    hospital: v.hospitalSent
      ? { at: instantOf(v.hospitalDate, v.hospitalTime.trim()), destination: v.hospitalDestination }
      : null,
  };
}

/** What the contract cannot say of the form: a hospital time that is not a time, or given without a date. */
export function formChecks(v: IncidentFormValues): Record<string, string> {
  if (!v.hospitalSent) return {};
  const time = v.hospitalTime.trim();
  if (time !== '' && !isTime(time)) return { hospitalTime: 'validation.time' };
  if (time !== '' && v.hospitalDate === '') return { hospitalDate: 'validation.required' };
  return {};
}
