/** Shard kind `rounds`: day-and-night rounds (昼夜巡查). */
import { z } from 'zod';
import {
  CareRecordBaseShape,
  IdSchema,
  IsoDateSchema,
  NonNegativeIntSchema,
  TimeSchema,
  text,
} from './common';
import { ShiftCodeSchema } from './staff';
import { E } from './messages';

export const RoundSchema = z.object(
  {
    ...CareRecordBaseShape,
    /** Calendar date and wall-clock time the round was made (a night round after midnight is on the next date). */
    date: IsoDateSchema,
    time: TimeSchema,
    shiftCode: ShiftCodeSchema,
    staffId: IdSchema,
    area: text(50),
    /** Residents seen, and how many needed attention. */
    checkedCount: NonNegativeIntSchema,
    abnormalCount: NonNegativeIntSchema,
    findings: text(2000),
    personIds: z.array(IdSchema, E).optional(),
  },
  E,
);
export type Round = z.infer<typeof RoundSchema>;
