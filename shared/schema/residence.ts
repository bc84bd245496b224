/** Residential episodes: stays, bed assignments, leaves and hospital episodes. */
import { z } from 'zod';
import { CareRecordBaseShape, IdSchema, IsoDateSchema, checkOrder, text } from './common';
import { E, V } from './messages';

export const DISCHARGE_REASONS = ['returnedHome', 'transferred', 'deceased', 'other'] as const;

export const StaySchema = z
  .object(
    {
      ...CareRecordBaseShape,
      personId: IdSchema,
      admittedOn: IsoDateSchema,
      dischargedOn: IsoDateSchema.nullable(),
      dischargeReason: z.enum(DISCHARGE_REASONS, E).nullable(),
      contractNumber: text(50).optional(),
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

/** Who slept in which bed from when to when; `to` null while current. */
export const BedAssignmentSchema = z
  .object(
    {
      ...CareRecordBaseShape,
      personId: IdSchema,
      bedId: IdSchema,
      stayId: IdSchema.optional(),
      from: IsoDateSchema,
      to: IsoDateSchema.nullable(),
    },
    E,
  )
  .superRefine((a, ctx) => checkOrder(ctx, a.from, a.to, ['to']));
export type BedAssignment = z.infer<typeof BedAssignmentSchema>;

export const LEAVE_KINDS = ['leave', 'hospital'] as const;

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
    },
    E,
  )
  .superRefine((l, ctx) => {
    checkOrder(ctx, l.from, l.expectedReturn, ['expectedReturn']);
    checkOrder(ctx, l.from, l.returnedAt, ['returnedAt'], V.leave.returnBeforeStart);
  });
export type Leave = z.infer<typeof LeaveSchema>;
