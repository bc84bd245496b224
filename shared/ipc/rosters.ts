/**
 * Rosters (`rosters.*`, 排班): the grid of a period (a month or a Monday-to-
 * Sunday week) with its checks and cover, the ways to fill it (cells typed,
 * patterns, copies, swaps), publishing, the center's holidays and the roster
 * rules. A cell is one staff member on one date and holds zero, one or two
 * codes (shift templates or day codes, staff/shifts). A shift that crosses
 * midnight belongs to the day it starts, hours included.
 *
 * Refusals (CareErrors, keys in shared/i18n/rosters.ts): a person in two
 * overlapping shifts (`rosters.overlap`, names the person, dates and codes);
 * an unknown or inactive code; an unknown or inactive staff member. Every
 * other rule is a warning in the grid, never a block.
 */
import { z } from 'zod';
import {
  HOLIDAY_KINDS,
  IdSchema,
  IsoDateSchema,
  NameSchema,
  PeriodSchema,
  RosterRulesSchema,
  ShiftCodeSchema,
  requiredText,
  text,
} from '../schema';
import type { Holiday, RosterMonth, RosterRules } from '../schema';
import { E, V } from '../schema/messages';
import { defineChannels, none, returns } from './define';
import type { ExportedFile } from './people';

const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, { message: 'ipc.argument.object' });

/** The longest period one grid, pattern or copy may cover (a month and its edges). */
export const MAX_ROSTER_DAYS = 42;
/** The most cells one call may change (40 staff × 31 days, with room). */
export const MAX_ROSTER_CHANGES = 2000;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

const RangeShape = { from: IsoDateSchema, to: IsoDateSchema };
function checkRange(r: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (r.to < r.from) ctx.addIssue({ code: 'custom', message: V.endBeforeStart, path: ['to'] });
  else if (daysBetween(r.from, r.to) >= MAX_ROSTER_DAYS) {
    ctx.addIssue({ code: 'custom', message: V.tooMany, path: ['to'] });
  }
}

/** Zero, one or two codes: two shifts on one day are printed joined by '/'. */
const CellCodesSchema = z.array(ShiftCodeSchema, E).max(2, { error: V.tooMany });

// ─── inputs ─────────────────────────────────────────────────────────────────

/**
 * The grid of `from`..`to` (inclusive; the screen asks for a month or a
 * week). `areas` narrows the rows to staff of those areas ('' = staff with no
 * area); omitted = everybody.
 */
export const GridQuerySchema = strict({
  ...RangeShape,
  areas: z.array(text(50), E).max(50, { error: V.tooMany }).optional(),
}).superRefine(checkRange);
export type GridQuery = z.input<typeof GridQuerySchema>;

/**
 * Sets cells: each change replaces the whole cell (empty `codes` clears it).
 * All or nothing: one refused cell refuses the call and changes nothing.
 */
export const SetCellsSchema = strict({
  changes: z
    .array(strict({ staffId: IdSchema, date: IsoDateSchema, codes: CellCodesSchema }), E)
    .min(1, { error: V.required })
    .max(MAX_ROSTER_CHANGES, { error: V.tooMany }),
  /** Why, when a published month changes (kept in its version line). */
  note: text(200).optional(),
});
export type SetCellsInput = z.input<typeof SetCellsSchema>;

/**
 * Fills `from`..`to` with a repeating pattern of codes ('' = leave the day
 * empty), e.g. 白 白 夜 夜 休 休. Person k starts at pattern position
 * `offset` on `from` (so a group rotates). `overwrite: false` keeps cells
 * that already hold a code.
 */
export const ApplyPatternSchema = strict({
  ...RangeShape,
  pattern: z
    .array(z.union([ShiftCodeSchema, z.literal('')], E), E)
    .min(1, { error: V.required })
    .max(28, { error: V.tooMany }),
  people: z
    .array(strict({ staffId: IdSchema, offset: z.number(E).int({ error: V.notInteger }).min(0).max(27) }), E)
    .min(1, { error: V.required })
    .max(100, { error: V.tooMany }),
  overwrite: z.boolean(E),
}).superRefine(checkRange);
export type ApplyPatternInput = z.input<typeof ApplyPatternSchema>;

/**
 * Copies the cells of `sourceFrom`..`sourceTo` to the same number of days
 * from `targetFrom` (a previous week onto this week, last month onto this
 * month: a shorter target stops at `targetTo`). Weekdays line up when the
 * caller picks the dates so.
 */
export const CopyRangeSchema = strict({
  sourceFrom: IsoDateSchema,
  sourceTo: IsoDateSchema,
  targetFrom: IsoDateSchema,
  targetTo: IsoDateSchema,
  /** Omitted: everybody on the source roster. */
  staffIds: z.array(IdSchema, E).max(100, { error: V.tooMany }).optional(),
  overwrite: z.boolean(E),
}).superRefine((r, ctx) => {
  checkRange({ from: r.sourceFrom, to: r.sourceTo }, ctx);
  checkRange({ from: r.targetFrom, to: r.targetTo }, ctx);
});
export type CopyRangeInput = z.input<typeof CopyRangeSchema>;

/**
 * Two people exchange their cells: A's cell on `dateA` goes to B and B's cell
 * on `dateB` (default `dateA`) goes to A. The reason is required and audited.
 */
export const SwapSchema = strict({
  staffA: IdSchema,
  dateA: IsoDateSchema,
  staffB: IdSchema,
  dateB: IsoDateSchema.optional(),
  reason: requiredText(200),
}).superRefine((s, ctx) => {
  if (s.staffA === s.staffB && (s.dateB ?? s.dateA) === s.dateA) {
    ctx.addIssue({ code: 'custom', message: V.duplicate, path: ['staffB'] });
  }
});
export type SwapInput = z.input<typeof SwapSchema>;

/** Publishes a month (again: a new version) with the names for the footer. */
export const PublishSchema = strict({
  month: PeriodSchema,
  preparedBy: NameSchema,
  approvedBy: NameSchema.optional(),
});
export type PublishInput = z.input<typeof PublishSchema>;

export const HolidaysQuerySchema = strict({ year: z.number(E).int().min(2000).max(2100) });

/** Replaces the holidays of one year with this list (dates must fall in that year, once each). */
export const SaveHolidaysSchema = strict({
  year: z.number(E).int().min(2000).max(2100),
  days: z
    .array(strict({ date: IsoDateSchema, kind: z.enum(HOLIDAY_KINDS, E), name: requiredText(30) }), E)
    .max(100, { error: V.tooMany }),
});
export type SaveHolidaysInput = z.input<typeof SaveHolidaysSchema>;

/** The roster workbook of the month holding `date`, or of the Monday-to-Sunday week holding it. */
export const ExportXlsxSchema = strict({ kind: z.enum(['month', 'week'], E), date: IsoDateSchema });
export type ExportXlsxInput = z.input<typeof ExportXlsxSchema>;

export const SaveRulesSchema = RosterRulesSchema.strict();
export type SaveRulesInput = z.input<typeof SaveRulesSchema>;

/** The cover of one date (`rosters.cover`; the board asks for today). */
export const CoverQuerySchema = strict({ ...RangeShape }).superRefine(checkRange);

// ─── results ────────────────────────────────────────────────────────────────

export interface GridDay {
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** A center holiday or 调休 working day, from the holidays table. */
  holiday: { kind: 'holiday' | 'workday'; name: string } | null;
  /** Saturday or Sunday and not a `workday`, or a `holiday`. */
  offDay: boolean;
}

/** A code of the legend: a shift template (with its times) or a day code. */
export interface GridCode {
  code: string;
  name: string;
  kind: 'shift' | 'day';
  start: string | null;
  end: string | null;
  crossesMidnight: boolean;
  paidHours: number;
  night: boolean;
  /** For day codes: rest, leave, compensatory, training, other. */
  dayKind: string | null;
  colour: string;
  active: boolean;
}

export interface GridTotals {
  /** Shifts worked (day codes not counted; training counted as a shift day). */
  shifts: number;
  nights: number;
  /** Days holding a rest-type day code or nothing. */
  restDays: number;
  /** Paid hours, each shift on the day it starts. */
  hours: number;
}

export interface GridRow {
  staffId: string;
  name: string;
  /** Post code (built-in, translated on screen) or the center's own post. */
  post: string;
  area: string;
  workingTime: 'standard' | 'comprehensive';
  /** Whether the post counts as care for cover (rules.carePosts). */
  countsAsCare: boolean;
  /** Inactive staff appear only while they have cells in the period. */
  active: boolean;
  /** date → codes (only dates with codes). */
  cells: Record<string, string[]>;
  totals: GridTotals;
}

export const ROSTER_WARNING_KINDS = ['rest', 'daysInRow', 'weekHours', 'monthOvertime'] as const;
export type RosterWarningKind = (typeof ROSTER_WARNING_KINDS)[number];

/**
 * A rule the roster breaks, shown beside the cell (`date`) it concerns:
 * - rest: `value` hours between the shift ending before `date`'s shift and it, below `limit`;
 * - daysInRow: `value` working days in a row ending on `date`, above `limit`;
 * - weekHours: `value` paid hours in the week ending `date` (its Sunday), above `limit`;
 * - monthOvertime: `value` hours above the month's standard hours in the month of `date`, above `limit`.
 */
export interface RosterWarning {
  kind: RosterWarningKind;
  staffId: string;
  date: string;
  value: number;
  limit: number;
}

/** One shift on one date: carers needed against carers rostered. */
export interface CoverCell {
  date: string;
  shiftCode: string;
  /** 'YYYY-MM-DDTHH:mm', when the shift starts. */
  startsAt: string;
  night: boolean;
  /** Residents in the house at the shift's start (days ahead: in the register today). */
  residents: number;
  /** Σ 1/ratio by ability level, rounded up; nights at least rules.nightMinimumCarers. */
  needed: number;
  rostered: number;
  staffIds: string[];
  /** needed − rostered when positive, else 0. */
  short: number;
}

export interface RosterMonthState extends RosterMonth {
  /** Name of the user who made the last change, for the version line. */
  publishedByName: string;
}

export interface RosterGrid {
  from: string;
  to: string;
  days: GridDay[];
  /** Grouped by area then post, then name. */
  rows: GridRow[];
  /** Every code used in the period or active, for the legend and the cell editor. */
  codes: GridCode[];
  warnings: RosterWarning[];
  cover: CoverCell[];
  /** The month's publication when `from`..`to` lies in one month and it was published. */
  month: RosterMonthState | null;
  rules: RosterRules;
}

/** What a change did: cells written, and the warnings of the changed people in the period. */
export interface RosterChangeResult {
  changed: number;
  warnings: RosterWarning[];
}

/** Who works now (for the 24-hour board and the handover's default signers). */
export interface OnDutyEntry {
  staffId: string;
  name: string;
  post: string;
  area: string;
  shiftCode: string;
  /** 'YYYY-MM-DDTHH:mm' */
  startsAt: string;
  endsAt: string;
  /** The staff member's sign-in account, when there is one. */
  username: string | null;
}

// ─── channels ───────────────────────────────────────────────────────────────

export const rostersChannels = defineChannels('rosters', {
  'rosters.grid': { input: GridQuerySchema, output: returns<RosterGrid>(), permission: 'rosters.read' },
  'rosters.setCells': {
    input: SetCellsSchema,
    output: returns<RosterChangeResult>(),
    permission: 'rosters.manage',
  },
  'rosters.applyPattern': {
    input: ApplyPatternSchema,
    output: returns<RosterChangeResult>(),
    permission: 'rosters.manage',
  },
  'rosters.copy': {
    input: CopyRangeSchema,
    output: returns<RosterChangeResult>(),
    permission: 'rosters.manage',
  },
  'rosters.swap': { input: SwapSchema, output: returns<RosterChangeResult>(), permission: 'rosters.manage' },
  'rosters.publish': {
    input: PublishSchema,
    output: returns<RosterMonthState>(),
    permission: 'rosters.manage',
  },
  'rosters.cover': { input: CoverQuerySchema, output: returns<CoverCell[]>(), permission: 'rosters.read' },
  /** Who is on a shift at this minute, and who comes next (the shift starting after now). */
  'rosters.onDuty': {
    input: none,
    output: returns<{ now: OnDutyEntry[]; next: OnDutyEntry[] }>(),
    permission: 'rosters.read',
  },
  'rosters.holidays': {
    input: HolidaysQuerySchema,
    output: returns<Holiday[]>(),
    permission: 'rosters.read',
  },
  'rosters.saveHolidays': {
    input: SaveHolidaysSchema,
    output: returns<Holiday[]>(),
    permission: 'rosters.manage',
  },
  /** The same workbook as `care roster --xlsx`, for the screen's Excel button. */
  'rosters.exportXlsx': {
    input: ExportXlsxSchema,
    output: returns<ExportedFile>(),
    permission: 'rosters.read',
  },
  'rosters.rules': { input: none, output: returns<RosterRules>(), permission: 'rosters.read' },
  'rosters.saveRules': {
    input: SaveRulesSchema,
    output: returns<RosterRules>(),
    permission: 'settings.manage',
  },
});
