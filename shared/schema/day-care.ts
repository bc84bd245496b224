/** Shard kind `attendance`: one day-care member on one day. */
import { z } from 'zod';
import { minutesOfDay } from '../domain/dates';
import { CareRecordBaseShape, IdSchema, IsoDateSchema, TimeSchema, text } from './common';
import { E, V } from './messages';

export const TRANSPORT_OPTIONS = ['none', 'pickUp', 'dropOff', 'both'] as const;

export const MealsSchema = z.object(
  { breakfast: z.boolean(E), lunch: z.boolean(E), dinner: z.boolean(E) },
  E,
);

export const AttendanceSchema = z
  .object(
    {
      ...CareRecordBaseShape,
      personId: IdSchema,
      date: IsoDateSchema,
      checkIn: TimeSchema.nullable(),
      checkOut: TimeSchema.nullable(),
      meals: MealsSchema,
      transport: z.enum(TRANSPORT_OPTIONS, E),
      notes: text(500).optional(),
    },
    E,
  )
  .superRefine((a, ctx) => {
    if (a.checkIn && a.checkOut && minutesOfDay(a.checkOut) < minutesOfDay(a.checkIn)) {
      ctx.addIssue({ code: 'custom', message: V.attendance.checkOutBeforeCheckIn, path: ['checkOut'] });
    }
  });
export type Attendance = z.infer<typeof AttendanceSchema>;
