/** Shard kind `careLogs`: shift handovers (交接班), incidents and free notes. */
import { z } from 'zod';
import {
  CareRecordBaseShape,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  NameSchema,
  NonNegativeIntSchema,
  TimeSchema,
  requiredText,
  text,
} from './common';
import { ShiftCodeSchema } from './staff';
import { E, V } from './messages';

/** One line of a handover section, optionally about a known person. */
export const HandoverItemSchema = z.object(
  {
    personId: IdSchema.optional(),
    bedLabel: text(20).optional(),
    text: requiredText(1000),
  },
  E,
);

export const SignatureSchema = z.object(
  { staffId: IdSchema.optional(), name: NameSchema, at: IsoDateTimeSchema },
  E,
);

const base = { ...CareRecordBaseShape, date: IsoDateSchema };

/**
 * Sections in the order of the handover standard; an empty list prints as "0".
 * New admissions repeat (marked 新) for 3 days; critically ill are marked ※.
 */
export const HandoverSchema = z.object(
  {
    ...base,
    type: z.literal('handover', E),
    shiftCode: ShiftCodeSchema,
    counts: z.object(
      { inHouse: NonNegativeIntSchema, onLeave: NonNegativeIntSchema, inHospital: NonNegativeIntSchema },
      E,
    ),
    sections: z.object(
      {
        departures: z.array(HandoverItemSchema, E),
        admissions: z.array(HandoverItemSchema, E),
        critical: z.array(HandoverItemSchema, E),
        events: z.array(HandoverItemSchema, E),
      },
      E,
    ),
    outgoing: SignatureSchema,
    /** Null until the incoming staff signs; the outgoing one may not leave before. */
    incoming: SignatureSchema.nullable(),
  },
  E,
);

export const INCIDENT_CATEGORIES = [
  'fall',
  'choking',
  'wrongIngestion',
  'pressureSore',
  'scald',
  'fallFromBed',
  'wandering',
  'selfHarm',
  'suicide',
  'harmToOthers',
  'activityAccident',
  'other',
] as const;

export const IncidentSchema = z.object(
  {
    ...base,
    type: z.literal('incident', E),
    category: z.enum(INCIDENT_CATEGORIES, E),
    personIds: z.array(IdSchema, E).min(1, { error: V.required, abort: true }),
    /** Local date and time it happened; `date` is its date part. */
    occurredTime: TimeSchema,
    description: requiredText(4000),
    actionTaken: text(4000),
    familyInformedAt: IsoDateTimeSchema.nullable(),
    review: z.object({ text: requiredText(4000), by: NameSchema, at: IsoDateTimeSchema }, E).nullable(),
  },
  E,
);

export const NoteSchema = z.object(
  {
    ...base,
    type: z.literal('note', E),
    time: TimeSchema.optional(),
    personIds: z.array(IdSchema, E),
    text: requiredText(4000),
    author: NameSchema,
  },
  E,
);

export const CareLogSchema = z.discriminatedUnion('type', [HandoverSchema, IncidentSchema, NoteSchema], E);
export type CareLog = z.infer<typeof CareLogSchema>;
export type Handover = z.infer<typeof HandoverSchema>;
export type Incident = z.infer<typeof IncidentSchema>;
export type Note = z.infer<typeof NoteSchema>;
