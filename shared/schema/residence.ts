/**
 * Residential episodes: stays, bed assignments (a bed move is a new dated row),
 * leaves and hospital episodes, and critical-illness marks. Every date range is
 * read with the census rule of shared/domain/census.ts: [from, to).
 */
import { z } from 'zod';
import {
  CareRecordBaseShape,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  PhoneSchema,
  checkOrder,
  requiredText,
  text,
} from './common';
import { E, V } from './messages';

export const DISCHARGE_REASONS = ['returnedHome', 'transferred', 'deceased', 'other'] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

/**
 * Where a resident came from. `unrecorded` only marks stays written before the
 * question was asked (migrated data); an admission must pick one of the others.
 */
export const STAY_SOURCES = ['home', 'hospital', 'institution', 'referral', 'unrecorded'] as const;
export type StaySource = (typeof STAY_SOURCES)[number];
export const ADMISSION_SOURCES = ['home', 'hospital', 'institution', 'referral'] as const;

/** 特困集中供养 (paid by the state), self-paying (自费社会寄养), or anything else. */
export const STAY_FUNDINGS = ['extremePoorCentral', 'selfPaying', 'other'] as const;
export type StayFunding = (typeof STAY_FUNDINGS)[number];

/** The service contract's term, both days inclusive as written on the contract. */
export const ContractTermSchema = z
  .object({ from: IsoDateSchema, to: IsoDateSchema }, E)
  .superRefine((t, ctx) => checkOrder(ctx, t.from, t.to, ['to']));

/** A manager admitted without fresh assessments: who, when and why, kept on the stay. */
export const AssessmentOverrideSchema = z.object(
  { by: requiredText(64), at: IsoDateTimeSchema, reason: requiredText(500) },
  E,
);
export type AssessmentOverride = z.infer<typeof AssessmentOverrideSchema>;

/** One line of the belongings handed over at discharge (个人物品移交). */
export const BelongingSchema = z.object(
  { item: requiredText(100), quantity: z.number(E).int().min(1).max(9999), notes: text(200).optional() },
  E,
);
export type Belonging = z.infer<typeof BelongingSchema>;

export const StaySchema = z
  .object(
    {
      ...CareRecordBaseShape,
      personId: IdSchema,
      admittedOn: IsoDateSchema,
      /** The day of departure: served that day, not in the register at its census. */
      dischargedOn: IsoDateSchema.nullable(),
      dischargeReason: z.enum(DISCHARGE_REASONS, E).nullable(),
      contractNumber: text(50).optional(),
      contractTerm: ContractTermSchema.optional(),
      source: z.enum(STAY_SOURCES, E),
      referralId: IdSchema.optional(),
      funding: z.enum(STAY_FUNDINGS, E),
      emergencyContactConfirmed: z.boolean(E),
      /** The assessments the admission relied on. */
      abilityAssessmentId: IdSchema.optional(),
      riskAssessmentId: IdSchema.optional(),
      /** Set when the assessments were missing or too old and a manager admitted anyway. */
      assessmentOverride: AssessmentOverrideSchema.optional(),
      /** Where the resident went (home address, the partner's name…). */
      dischargeDestination: text(200).optional(),
      belongings: z.array(BelongingSchema, E).max(200, { error: V.tooMany }).optional(),
      notes: text(2000).optional(),
    },
    E,
  )
  .superRefine((s, ctx) => {
    checkOrder(ctx, s.admittedOn, s.dischargedOn, ['dischargedOn']);
    if (s.dischargedOn && !s.dischargeReason) {
      ctx.addIssue({ code: 'custom', message: V.stay.dischargeReasonRequired, path: ['dischargeReason'] });
    }
  });
export type Stay = z.infer<typeof StaySchema>;

/**
 * Who slept in which bed from when to when; `to` null while current. A bed move
 * ends one row and starts the next on the same day, never rewrites the bed.
 */
export const BedAssignmentSchema = z
  .object(
    {
      ...CareRecordBaseShape,
      personId: IdSchema,
      bedId: IdSchema,
      stayId: IdSchema.optional(),
      from: IsoDateSchema,
      to: IsoDateSchema.nullable(),
      /** Why the resident moved into this bed (转床), empty for the admission's first bed. */
      moveReason: text(200).optional(),
    },
    E,
  )
  .superRefine((a, ctx) => checkOrder(ctx, a.from, a.to, ['to']));
export type BedAssignment = z.infer<typeof BedAssignmentSchema>;

export const LEAVE_KINDS = ['leave', 'hospital'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

export const LeaveSchema = z
  .object(
    {
      ...CareRecordBaseShape,
      personId: IdSchema,
      stayId: IdSchema.optional(),
      kind: z.enum(LEAVE_KINDS, E),
      from: IsoDateSchema,
      expectedReturn: IsoDateSchema.nullable(),
      returnedAt: IsoDateSchema.nullable(),
      /** Where: family home, hospital name… */
      destination: text(200).optional(),
      reason: text(500).optional(),
      /** Who went along or fetched the resident (家属, 护工…). */
      companion: text(50).optional(),
      companionPhone: PhoneSchema.optional(),
      /** The kitchen stops the resident's tray while away. */
      mealStop: z.boolean(E),
    },
    E,
  )
  .superRefine((l, ctx) => {
    checkOrder(ctx, l.from, l.expectedReturn, ['expectedReturn']);
    checkOrder(ctx, l.from, l.returnedAt, ['returnedAt'], V.leave.returnBeforeStart);
  });
export type Leave = z.infer<typeof LeaveSchema>;

/** 病危: critically ill from `from` up to, not including, `to` (null while it lasts). */
export const CriticalIllnessSchema = z
  .object(
    {
      ...CareRecordBaseShape,
      personId: IdSchema,
      from: IsoDateSchema,
      to: IsoDateSchema.nullable(),
      notes: text(500).optional(),
    },
    E,
  )
  .superRefine((c, ctx) => checkOrder(ctx, c.from, c.to, ['to']));
export type CriticalIllness = z.infer<typeof CriticalIllnessSchema>;
