/**
 * Incidents (`incidents.*`): reported by any carer, completed as it goes
 * (family notified, review and corrective action), closed by a manager only
 * once the family was notified and the review written. Falls, chokings,
 * wandering, suicide attempts and self-harm count as risk events for the
 * reassessment list and the ability adjustment (electron/core/assessments).
 */
import { z } from 'zod';
import {
  INCIDENT_CATEGORIES,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  NameSchema,
  TimeSchema,
  requiredText,
  text,
} from '../schema';
import type { Incident } from '../schema';
import { E, V } from '../schema/messages';
import { DateRangeSchema } from './rounds';
import { defineChannels, returns } from './define';

const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, { message: 'ipc.argument.object' });

const facts = {
  category: z.enum(INCIDENT_CATEGORIES, E),
  date: IsoDateSchema,
  occurredTime: TimeSchema,
  place: text(200),
  personIds: z.array(IdSchema, E).min(1, { error: V.required }).max(20, { error: V.tooMany }),
  /** Staff on duty. */
  staffIds: z.array(IdSchema, E).max(50, { error: V.tooMany }),
  description: requiredText(4000),
  /** First aid and what was done on the spot. */
  actionTaken: text(4000),
  hospital: strict({ at: IsoDateTimeSchema.nullable(), destination: text(200) }).nullable(),
};

export const ReportIncidentSchema = strict(facts);
export type ReportIncidentInput = z.input<typeof ReportIncidentSchema>;

/**
 * Locates an incident: its id and its own date (the date files it under its
 * month, so nothing has to search ten years of months for it).
 */
const locator = { id: IdSchema, date: IsoDateSchema };

/** Corrects the facts of an open incident (a closed one is final); its date stays. */
export const UpdateIncidentSchema = strict({ ...facts, ...locator });
export type UpdateIncidentInput = z.input<typeof UpdateIncidentSchema>;

export const NotifyFamilySchema = strict({
  ...locator,
  at: IsoDateTimeSchema,
  channel: z.enum(['phone', 'inPerson', 'message', 'other'], E),
  by: NameSchema,
  notes: text(500).optional(),
});
export type NotifyFamilyInput = z.input<typeof NotifyFamilySchema>;

export const ReviewIncidentSchema = strict({
  ...locator,
  text: requiredText(4000),
  correctiveAction: requiredText(4000),
});
export type ReviewIncidentInput = z.input<typeof ReviewIncidentSchema>;

export const IncidentIdSchema = strict(locator);
export const ListIncidentsSchema = DateRangeSchema;

/** An incident with the names of the elders involved; open ones first in lists. */
export interface IncidentRow {
  incident: Incident;
  names: string[];
  open: boolean;
}

export const incidentsChannels = defineChannels('incidents', {
  'incidents.report': { input: ReportIncidentSchema, output: returns<Incident>(), permission: 'care.record' },
  'incidents.update': { input: UpdateIncidentSchema, output: returns<Incident>(), permission: 'care.record' },
  'incidents.notifyFamily': {
    input: NotifyFamilySchema,
    output: returns<Incident>(),
    permission: 'care.record',
  },
  'incidents.review': {
    input: ReviewIncidentSchema,
    output: returns<Incident>(),
    permission: 'incidents.close',
  },
  'incidents.close': { input: IncidentIdSchema, output: returns<Incident>(), permission: 'incidents.close' },
  'incidents.get': { input: IncidentIdSchema, output: returns<IncidentRow>(), permission: 'elders.read' },
  /** Incidents dated between the two days, plus every one still open; open first, newest first. */
  'incidents.list': {
    input: ListIncidentsSchema,
    output: returns<IncidentRow[]>(),
    permission: 'elders.read',
  },
});
