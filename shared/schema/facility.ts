/**
 * Buildings → rooms → beds. Occupancy comes from bed assignments, never from
 * the bed; whether a bed can be let on a day comes from its dated history
 * (in service from a day, closed from-to for repair), never from a bare flag.
 * Day-care places are not beds: the center profile counts them (`beds.dayCare`).
 */
import { z } from 'zod';
import {
  IdSchema,
  IsoDateSchema,
  NonNegativeIntSchema,
  RecordBaseShape,
  SexSchema,
  requiredText,
  text,
} from './common';
import { E, V } from './messages';

export const BuildingSchema = z.object(
  { ...RecordBaseShape, name: requiredText(50), notes: text(500).optional() },
  E,
);
export type Building = z.infer<typeof BuildingSchema>;

export const RoomSchema = z.object(
  {
    ...RecordBaseShape,
    buildingId: IdSchema,
    /** Room number or name as painted on the door. */
    name: requiredText(30),
    floor: z.number(E).int().min(-5).max(100),
    /** Men's or women's room; absent when the room takes either (a couple, a single room). */
    sex: SexSchema.optional(),
    notes: text(500).optional(),
  },
  E,
);
export type Room = z.infer<typeof RoomSchema>;

export const BED_TYPES = ['residential', 'nursing'] as const;
export type BedType = (typeof BED_TYPES)[number];

/** Why a bed is out of use for a while: repair, taken out for good, or anything else (with notes). */
export const BED_CLOSURE_REASONS = ['repair', 'retired', 'other'] as const;
export type BedClosureReason = (typeof BED_CLOSURE_REASONS)[number];

/**
 * The bed is closed from `from` up to, not including, `to` (the day it is back
 * in service; null while it stays closed), the census rule of shared/domain/census.ts.
 */
export const BedClosureSchema = z
  .object(
    {
      from: IsoDateSchema,
      to: IsoDateSchema.nullable(),
      reason: z.enum(BED_CLOSURE_REASONS, E),
      notes: text(200).optional(),
    },
    E,
  )
  .superRefine((c, ctx) => {
    if (c.to !== null && c.to <= c.from)
      ctx.addIssue({ code: 'custom', message: V.endBeforeStart, path: ['to'] });
  });
export type BedClosure = z.infer<typeof BedClosureSchema>;

export const BedSchema = z
  .object(
    {
      ...RecordBaseShape,
      roomId: IdSchema,
      label: requiredText(20),
      type: z.enum(BED_TYPES, E),
      /** First day the bed could be let. */
      inServiceFrom: IsoDateSchema,
      /** Closures, oldest first; they never overlap. */
      closures: z.array(BedClosureSchema, E).max(500, { error: V.tooMany }),
      sortOrder: NonNegativeIntSchema.optional(),
    },
    E,
  )
  .superRefine((bed, ctx) => {
    bed.closures.forEach((c, i) => {
      if (c.from < bed.inServiceFrom)
        ctx.addIssue({ code: 'custom', message: V.endBeforeStart, path: ['closures', i, 'from'] });
      const next = bed.closures[i + 1];
      if (next && (c.to === null || next.from < c.to))
        ctx.addIssue({ code: 'custom', message: V.bed.closuresOverlap, path: ['closures', i + 1, 'from'] });
    });
  });
export type Bed = z.infer<typeof BedSchema>;
