/**
 * Shard kind `rounds`: day-and-night rounds (昼夜巡查) and fire patrols
 * (防火巡查). Both live in one month file, told apart by `type`: they are the
 * same kind of night check (time, staff, area), read together by the board and
 * the handover, and a new shard kind would add a folder to every backup and
 * check for no gain.
 */
import { z } from 'zod';
import {
  CareRecordBaseShape,
  IdSchema,
  IsoDateSchema,
  NonNegativeIntSchema,
  TimeSchema,
  requiredText,
  text,
} from './common';
import { ShiftCodeSchema } from './staff';
import { E, V } from './messages';

/** What the carer saw at one bedside. */
export const ROUND_MARKS = ['asleep', 'awake', 'normal', 'needsAttention'] as const;
export type RoundMarkValue = (typeof ROUND_MARKS)[number];

/** The most residents one round may list (a large area of a large center). */
export const MAX_ROUND_MARKS = 300;

export const RoundMarkSchema = z.object(
  {
    personId: IdSchema,
    mark: z.enum(ROUND_MARKS, E),
    note: text(500).optional(),
  },
  E,
);
export type RoundMark = z.infer<typeof RoundMarkSchema>;

export const RoundSchema = z.object(
  {
    ...CareRecordBaseShape,
    type: z.literal('round', E),
    /** Calendar date and wall-clock time the round was made (a night round after midnight is on the next date). */
    date: IsoDateSchema,
    time: TimeSchema,
    shiftCode: ShiftCodeSchema,
    staffId: IdSchema,
    /** The round plan's area name ('' for a center with one area only). */
    area: text(50),
    /** One mark per resident seen. Rounds kept before version 4 have none, only their counts. */
    marks: z.array(RoundMarkSchema, E).max(MAX_ROUND_MARKS, { error: V.tooMany }),
    /** 应查: residents in the area, in the house, at the round's time. */
    expectedCount: NonNegativeIntSchema,
    /** 实查: residents marked (the marks' length, or the old recorded count). */
    checkedCount: NonNegativeIntSchema,
    /** Residents marked "needs attention". */
    abnormalCount: NonNegativeIntSchema,
    findings: text(2000),
    /**
     * Residents a round before version 4 named as seen, without a mark each: kept as
     * they were recorded, never turned into marks nobody made.
     */
    personIds: z.array(IdSchema, E).optional(),
  },
  E,
);
export type Round = z.infer<typeof RoundSchema>;

export const PATROL_RESULTS = ['ok', 'finding'] as const;

/** One checklist line of a fire patrol: ok, or a finding with what was done about it. */
export const PatrolItemSchema = z.object(
  {
    item: requiredText(100),
    result: z.enum(PATROL_RESULTS, E),
    finding: text(1000),
    fix: text(1000),
  },
  E,
);
export type PatrolItem = z.infer<typeof PatrolItemSchema>;

export const PatrolSchema = z.object(
  {
    ...CareRecordBaseShape,
    type: z.literal('patrol', E),
    date: IsoDateSchema,
    time: TimeSchema,
    staffId: IdSchema,
    area: text(50),
    items: z.array(PatrolItemSchema, E).min(1, { error: V.required }).max(100, { error: V.tooMany }),
    notes: text(2000),
  },
  E,
);
export type Patrol = z.infer<typeof PatrolSchema>;

export const RoundsRecordSchema = z.discriminatedUnion('type', [RoundSchema, PatrolSchema], E);
export type RoundsRecord = z.infer<typeof RoundsRecordSchema>;
