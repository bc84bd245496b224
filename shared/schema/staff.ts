/** Staff, shift templates and the roster (roster entries are sharded by month). */
import { z } from 'zod';
import { minutesOfDay } from '../domain/dates';
import {
  IdSchema,
  IsoDateSchema,
  NameSchema,
  PhoneSchema,
  RecordBaseShape,
  TimeSchema,
  CareRecordBaseShape,
  requiredText,
  text,
} from './common';
import { E, V } from './messages';

export const STAFF_ROLES = [
  'director',
  'nurse',
  'carer',
  'socialWorker',
  'doctor',
  'cook',
  'driver',
  'other',
] as const;

export const StaffSchema = z.object(
  {
    ...RecordBaseShape,
    name: NameSchema,
    role: z.enum(STAFF_ROLES, E),
    phone: PhoneSchema.optional(),
    active: z.boolean(E),
    /** Login account, when this person uses the app. */
    userId: IdSchema.optional(),
  },
  E,
);
export type Staff = z.infer<typeof StaffSchema>;

/** Short code printed on the roster: 白, 夜, A, N… */
export const ShiftCodeSchema = z
  .string(E)
  .trim()
  .min(1, { error: V.required, abort: true })
  .max(8, { error: V.tooLong });

export const ShiftTemplateSchema = z
  .object(
    {
      ...RecordBaseShape,
      code: ShiftCodeSchema,
      name: requiredText(30),
      start: TimeSchema,
      end: TimeSchema,
      /** True when the shift ends on the next day (e.g. 20:00-08:00). */
      crossesMidnight: z.boolean(E),
      /** Night shifts must record the configured minimum of rounds. */
      night: z.boolean(E),
      active: z.boolean(E),
    },
    E,
  )
  .superRefine((s, ctx) => {
    const ends = minutesOfDay(s.end) <= minutesOfDay(s.start);
    if (ends !== s.crossesMidnight) {
      ctx.addIssue({ code: 'custom', message: V.shift.midnightMismatch, path: ['crossesMidnight'] });
    }
  });
export type ShiftTemplate = z.infer<typeof ShiftTemplateSchema>;

/** Shard kind `roster`: one staff member on one shift on one date. */
export const RosterEntrySchema = z.object(
  {
    ...CareRecordBaseShape,
    date: IsoDateSchema,
    staffId: IdSchema,
    shiftCode: ShiftCodeSchema,
    area: text(50),
    teamLeader: z.boolean(E),
  },
  E,
);
export type RosterEntry = z.infer<typeof RosterEntrySchema>;
