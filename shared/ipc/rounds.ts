/**
 * Rounds (`rounds.*`): the round plan per area and the fire patrol checklist
 * (settings), the round sheet (who is expected in an area at a time), rounds
 * with one mark per resident, fire patrols, and the rounds and patrols the
 * plan asked for that nobody recorded. A night belongs to the date it starts:
 * a 02:00 round of the night of 1 March is dated 2 March, its slot's `night`
 * is 1 March.
 */
import { z } from 'zod';
import {
  FirePatrolPlanSchema,
  IdSchema,
  IsoDateSchema,
  MAX_ROUND_MARKS,
  PATROL_RESULTS,
  RoundMarkSchema,
  RoundPlanAreaSchema,
  ShiftCodeSchema,
  TimeSchema,
  requiredText,
  text,
} from '../schema';
import type { FirePatrolPlan, Patrol, Round, RoundPlanArea } from '../schema';
import type { RiskCode } from '../domain/risk';
import { E, V } from '../schema/messages';
import { defineChannels, none, returns } from './define';

const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, { message: 'ipc.argument.object' });

/** The longest span one missed-rounds or list query may cover. */
export const MAX_QUERY_DAYS = 62;

const DateRangeSchema = strict({ from: IsoDateSchema, to: IsoDateSchema }).superRefine((r, ctx) => {
  if (r.to < r.from) ctx.addIssue({ code: 'custom', message: V.endBeforeStart, path: ['to'] });
  const days = (Date.parse(`${r.to}T00:00:00Z`) - Date.parse(`${r.from}T00:00:00Z`)) / 86_400_000;
  if (days >= MAX_QUERY_DAYS) ctx.addIssue({ code: 'custom', message: V.tooMany, path: ['to'] });
});
export type DateRangeInput = z.input<typeof DateRangeSchema>;
export { DateRangeSchema };

// ─── inputs ─────────────────────────────────────────────────────────────────

export const SavePlanSchema = strict({
  areas: z.array(RoundPlanAreaSchema, E).min(1, { error: V.required }).max(50, { error: V.tooMany }),
  firePatrol: FirePatrolPlanSchema,
});
export type SavePlanInput = z.input<typeof SavePlanSchema>;

/** The residents a round of `area` at `date` `time` must see. */
export const SheetQuerySchema = strict({ area: text(50), date: IsoDateSchema, time: TimeSchema });
export type SheetQuery = z.input<typeof SheetQuerySchema>;

export const RecordRoundSchema = strict({
  area: text(50),
  date: IsoDateSchema,
  time: TimeSchema,
  shiftCode: ShiftCodeSchema,
  /** Who made the round; omitted: the signed-in user's staff record. */
  staffId: IdSchema.optional(),
  marks: z.array(RoundMarkSchema, E).max(MAX_ROUND_MARKS, { error: V.tooMany }),
  findings: text(2000),
});
export type RecordRoundInput = z.input<typeof RecordRoundSchema>;

export const ListRoundsSchema = strict({ date: IsoDateSchema, area: text(50).optional() });

export const RecordPatrolSchema = strict({
  date: IsoDateSchema,
  time: TimeSchema,
  area: text(50),
  staffId: IdSchema.optional(),
  items: z
    .array(
      strict({
        item: requiredText(100),
        result: z.enum(PATROL_RESULTS, E),
        finding: text(1000).optional(),
        fix: text(1000).optional(),
      }),
      E,
    )
    .min(1, { error: V.required })
    .max(100, { error: V.tooMany }),
  notes: text(2000).optional(),
});
export type RecordPatrolInput = z.input<typeof RecordPatrolSchema>;

// ─── results ────────────────────────────────────────────────────────────────

export interface RoundPlanView {
  areas: RoundPlanArea[];
  firePatrol: FirePatrolPlan;
}

/** One line of a round sheet, in bed order. */
export interface SheetRow {
  personId: string;
  name: string;
  bedId: string;
  bedLabel: string;
  roomName: string;
  buildingName: string;
  /** 新: within three days of admission. */
  isNew: boolean;
  critical: boolean;
  highRisks: RiskCode[];
}

export interface RoundSheet {
  area: string;
  date: string;
  time: string;
  /** 应查: in the area and in the house at that time (leave and hospital left out). */
  expected: SheetRow[];
}

/**
 * One round the plan asks for. `due` from its time until the next slot,
 * `missed` after that with no round recorded in the window, `done` with the
 * round that kept it.
 */
export interface RoundSlot {
  area: string;
  /** The date of the night or day the slot belongs to (a night belongs to the date it starts). */
  night: string;
  /** Calendar date and time the round is due. */
  date: string;
  time: string;
  kind: 'night' | 'day';
  /** Its window ends here (exclusive): 'YYYY-MM-DDTHH:mm', local. */
  until: string;
  state: 'done' | 'due' | 'missed' | 'upcoming';
  roundId: string | null;
}

export interface PatrolNight {
  /** The date the night starts. */
  night: string;
  required: number;
  done: number;
  patrolIds: string[];
  /** `open` while the night is not over yet. */
  state: 'done' | 'open' | 'missed';
}

// ─── channels ───────────────────────────────────────────────────────────────

export const roundsChannels = defineChannels('rounds', {
  'rounds.plan': { input: none, output: returns<RoundPlanView>(), permission: 'elders.read' },
  'rounds.savePlan': {
    input: SavePlanSchema,
    output: returns<RoundPlanView>(),
    permission: 'settings.manage',
  },
  'rounds.sheet': { input: SheetQuerySchema, output: returns<RoundSheet>(), permission: 'elders.read' },
  'rounds.record': { input: RecordRoundSchema, output: returns<Round>(), permission: 'care.record' },
  'rounds.list': { input: ListRoundsSchema, output: returns<Round[]>(), permission: 'elders.read' },
  /** Every slot of the plan between the two dates (nights starting on them), with its state now. */
  'rounds.slots': { input: DateRangeSchema, output: returns<RoundSlot[]>(), permission: 'elders.read' },
  'rounds.recordPatrol': {
    input: RecordPatrolSchema,
    output: returns<Patrol>(),
    permission: 'care.record',
  },
  'rounds.patrols': { input: DateRangeSchema, output: returns<Patrol[]>(), permission: 'elders.read' },
  /** Each night between the two dates: patrols required, done, and whether the night fell short. */
  'rounds.patrolNights': {
    input: DateRangeSchema,
    output: returns<PatrolNight[]>(),
    permission: 'elders.read',
  },
});
