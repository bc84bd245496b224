/**
 * What the roster needs beside its cells (shard kind `roster`, in staff.ts):
 * the center's holidays, the rules its checks and cover use, and the state of
 * each month's roster (published, its version line).
 */
import { z } from 'zod';
import {
  CareRecordBaseShape,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  NameSchema,
  PeriodSchema,
  RecordBaseShape,
  requiredText,
} from './common';
import { E, V } from './messages';

const count = (min: number, max: number) =>
  z.number(E).int({ error: V.notInteger }).min(min, { error: V.tooSmall }).max(max, { error: V.tooLarge });

/**
 * Core collection `holidays`: one day the center marks. `holiday` is a
 * statutory day off (春节, 国庆…); `workday` is a 调休 weekend day that is
 * worked. The center types them in each year: they change every year and no
 * offline source exists.
 */
export const HOLIDAY_KINDS = ['holiday', 'workday'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export const HolidaySchema = z.object(
  {
    // Voided instead of deleted when the center takes a day off the table: the store never deletes.
    ...CareRecordBaseShape,
    date: IsoDateSchema,
    kind: z.enum(HOLIDAY_KINDS, E),
    name: requiredText(30),
  },
  E,
);
export type Holiday = z.infer<typeof HolidaySchema>;

/**
 * Settings `rosterRules`: the limits the roster warns about and the cover it
 * asks for. Warnings, never blocks (operations reference, 4.5).
 */
export const RosterRulesSchema = z.object(
  {
    /** Minimum hours between the end of a night shift and the start of the next shift. */
    restAfterNightHours: count(0, 48),
    /** Minimum hours between the end of any other shift and the next. */
    restHours: count(0, 48),
    /** Working days in a row above this warn (劳动法 Art. 38: one day of rest a week). */
    maxDaysInRow: count(1, 31),
    /** Standard working-time staff: paid hours in a Monday-to-Sunday week above this warn. */
    weekHoursLimit: count(1, 168),
    /** Standard working-time staff: hours above the month's standard hours (working days × 8) above this warn. */
    monthOvertimeLimit: count(0, 200),
    /** Carers a night shift needs at least, whatever the residents' mix. */
    nightMinimumCarers: count(0, 50),
    /** Posts whose staff count as carers for cover (built-in codes or the center's own posts). */
    carePosts: z.array(requiredText(20), E).max(50, { error: V.tooMany }),
  },
  E,
);
export type RosterRules = z.infer<typeof RosterRulesSchema>;

export function defaultRosterRules(): RosterRules {
  return {
    restAfterNightHours: 12,
    restHours: 8,
    maxDaysInRow: 6,
    weekHoursLimit: 44,
    monthOvertimeLimit: 36,
    nightMinimumCarers: 1,
    carePosts: ['carer'],
  };
}

/**
 * Core collection `rosterMonths`: a month's roster once somebody published it.
 * Changes after publishing raise `version` and keep who changed it last, for
 * the printed version line ("changed on …, by …").
 */
export const RosterMonthSchema = z.object(
  {
    ...RecordBaseShape,
    month: PeriodSchema,
    version: count(1, 100_000),
    publishedAt: IsoDateTimeSchema,
    publishedBy: IdSchema,
    /** Names printed in the footer. */
    preparedBy: NameSchema,
    approvedBy: NameSchema.optional(),
    /** The last change after publishing; null until there is one. */
    lastChange: z
      .object({ at: IsoDateTimeSchema, by: IdSchema, byName: NameSchema, note: z.string(E).max(200) }, E)
      .nullable(),
  },
  E,
);
export type RosterMonth = z.infer<typeof RosterMonthSchema>;
