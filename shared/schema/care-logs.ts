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
    /** 新: a resident admitted within the last three days, repeated on every handover until then. */
    repeated: z.boolean(E).optional(),
  },
  E,
);
export type HandoverItem = z.infer<typeof HandoverItemSchema>;

/**
 * Who signed and when. `userId` is the account whose password was checked in
 * the core at the moment of signing (the password itself is never kept);
 * signatures copied from version 3 have none.
 */
export const SignatureSchema = z.object(
  {
    staffId: IdSchema.optional(),
    userId: IdSchema.optional(),
    name: NameSchema,
    at: IsoDateTimeSchema,
  },
  E,
);
export type Signature = z.infer<typeof SignatureSchema>;

const base = { ...CareRecordBaseShape, date: IsoDateSchema };

/** Sections in the order staff write them (the 交接班 form); an empty list prints as "0". */
export const HANDOVER_SECTIONS = [
  'departures',
  'admissions',
  'critical',
  'events',
  'leave',
  'roundFindings',
] as const;
export type HandoverSection = (typeof HANDOVER_SECTIONS)[number];

export const HandoverSectionsSchema = z.object(
  {
    /** ① 出院、死亡 */
    departures: z.array(HandoverItemSchema, E),
    /** ② 新入院 (repeated for three days) */
    admissions: z.array(HandoverItemSchema, E),
    /** ③ 病危 */
    critical: z.array(HandoverItemSchema, E),
    /** ④ 特殊情况: incidents and other events */
    events: z.array(HandoverItemSchema, E),
    /** 请假外出、住院及返回 */
    leave: z.array(HandoverItemSchema, E),
    /** 巡查发现 */
    roundFindings: z.array(HandoverItemSchema, E),
  },
  E,
);
export type HandoverSections = z.infer<typeof HandoverSectionsSchema>;

/** Header counts: 总人数 (in the register), 在院, 请假, 住院; never blank, 0 when none. */
export const HandoverCountsSchema = z.object(
  {
    total: NonNegativeIntSchema,
    inHouse: NonNegativeIntSchema,
    onLeave: NonNegativeIntSchema,
    inHospital: NonNegativeIntSchema,
  },
  E,
);
export type HandoverCounts = z.infer<typeof HandoverCountsSchema>;

/** A correction after signing: its own text, signed by who wrote it (password checked). */
export const AddendumSchema = z.object(
  { id: IdSchema, text: requiredText(2000), signature: SignatureSchema },
  E,
);
export type Addendum = z.infer<typeof AddendumSchema>;

export const HANDOVER_STATES = ['draft', 'signed'] as const;
export type HandoverState = (typeof HANDOVER_STATES)[number];

/**
 * One shift's handover for one area. `date` is the day the shift STARTS (a
 * night shift from 20:00 belongs to that evening's date). A draft can be
 * edited until the outgoing carer signs; it is `signed` once the incoming
 * one signs too, and from then on only signed addenda may be added.
 */
export const HandoverSchema = z.object(
  {
    ...base,
    type: z.literal('handover', E),
    shiftCode: ShiftCodeSchema,
    /** The round plan's area name; '' for the whole center. */
    area: text(50),
    state: z.enum(HANDOVER_STATES, E),
    counts: HandoverCountsSchema,
    sections: HandoverSectionsSchema,
    /** Null until the outgoing carer signs. */
    outgoing: SignatureSchema.nullable(),
    /** Null until the incoming carer signs; the outgoing one may not leave before. */
    incoming: SignatureSchema.nullable(),
    addenda: z.array(AddendumSchema, E).max(100, { error: V.tooMany }),
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
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

/** How the family was told; `unrecorded` only for incidents kept before version 4. */
export const NOTIFY_CHANNELS = ['phone', 'inPerson', 'message', 'other', 'unrecorded'] as const;

export const FamilyNotificationSchema = z.object(
  {
    at: IsoDateTimeSchema,
    channel: z.enum(NOTIFY_CHANNELS, E),
    /** Who told the family ('' only on incidents kept before version 4). */
    by: text(40),
    /** Whom they reached and what was said. */
    notes: text(500),
  },
  E,
);
export type FamilyNotification = z.infer<typeof FamilyNotificationSchema>;

export const HospitalTransferSchema = z.object(
  { at: IsoDateTimeSchema.nullable(), destination: text(200) },
  E,
);

export const IncidentReviewSchema = z.object(
  {
    text: requiredText(4000),
    correctiveAction: text(4000),
    by: NameSchema,
    at: IsoDateTimeSchema,
  },
  E,
);

export const IncidentSchema = z.object(
  {
    ...base,
    type: z.literal('incident', E),
    category: z.enum(INCIDENT_CATEGORIES, E),
    personIds: z.array(IdSchema, E).min(1, { error: V.required, abort: true }),
    /** Local date and time it happened; `date` is its date part. */
    occurredTime: TimeSchema,
    place: text(200),
    /** Staff on duty when it happened. */
    staffIds: z.array(IdSchema, E).max(50, { error: V.tooMany }),
    description: requiredText(4000),
    /** First aid and what was done on the spot. */
    actionTaken: text(4000),
    /** Null: not sent to hospital. */
    hospital: HospitalTransferSchema.nullable(),
    familyNotification: FamilyNotificationSchema.nullable(),
    review: IncidentReviewSchema.nullable(),
    /** Closed by a manager (incidents.close), only once the family was notified and the review written. */
    closed: z.object({ by: NameSchema, at: IsoDateTimeSchema }, E).nullable(),
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
