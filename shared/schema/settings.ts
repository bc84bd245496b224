/**
 * Center settings. Values the standards leave open (intervals, staff ratios,
 * night rounds) live here with defaults, so a center can adjust them.
 */
import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema, TimeSchema, requiredText } from './common';
import { E, V } from './messages';
import { RosterRulesSchema, defaultRosterRules } from './rosters';

const count = (min: number, max: number) =>
  z.number(E).int({ error: V.notInteger }).min(min, { error: V.tooSmall }).max(max, { error: V.tooLarge });

/** Residents per care worker, by ability level 0-4 (MZ/T 187-2021 figures unconfirmed). */
export const StaffRatiosSchema = z.object(
  {
    level0: count(1, 50),
    level1: count(1, 50),
    level2: count(1, 50),
    level3: count(1, 50),
    level4: count(1, 50),
  },
  E,
);
export type StaffRatios = z.infer<typeof StaffRatiosSchema>;

/** Which rolling backups to keep: the newest N, plus the newest of each day and of each month for a while. */
export const BackupRetentionSchema = z.object(
  {
    keepLast: count(1, 100),
    dailyDays: count(0, 366),
    monthlyMonths: count(0, 120),
  },
  E,
);

/** Placeholder until scheduled exports exist: recorded, not yet acted on. */
export const ExportScheduleSchema = z.object(
  {
    enabled: z.boolean(E),
    dayOfMonth: count(1, 28),
  },
  E,
);

/** Rounds from `from` to `to` (past midnight when `to` is earlier), one every `everyHours`. */
export const RoundWindowSchema = z.object({ from: TimeSchema, to: TimeSchema, everyHours: count(1, 12) }, E);
export type RoundWindow = z.infer<typeof RoundWindowSchema>;

/** A part of the building an area covers: a whole building, or one floor of it. */
export const AreaPlaceSchema = z.object(
  { buildingId: IdSchema, floor: z.number(E).int({ error: V.notInteger }).nullable() },
  E,
);

/**
 * One area's rounds. Night rounds by a window; day rounds at listed times,
 * or by a window when `dayEvery` is set. The intervals are the center's own
 * rule: no national text fixes them (operations reference, 1.1).
 */
export const RoundPlanAreaSchema = z.object(
  {
    name: requiredText(50),
    /** Empty: the whole center. */
    places: z.array(AreaPlaceSchema, E).max(50, { error: V.tooMany }),
    night: RoundWindowSchema.nullable(),
    dayTimes: z.array(TimeSchema, E).max(24, { error: V.tooMany }),
    dayEvery: RoundWindowSchema.nullable(),
  },
  E,
);
export type RoundPlanArea = z.infer<typeof RoundPlanAreaSchema>;

/** Fire patrols (防火巡查): the checklist and how many a night needs (a local star rating asks two). */
export const FirePatrolPlanSchema = z.object(
  {
    items: z.array(requiredText(100), E).min(1, { error: V.required }).max(50, { error: V.tooMany }),
    perNight: count(0, 12),
    /** The night the patrols count for: from the evening to the morning after. */
    night: z.object({ from: TimeSchema, to: TimeSchema }, E),
  },
  E,
);
export type FirePatrolPlan = z.infer<typeof FirePatrolPlanSchema>;

export const DEFAULT_PATROL_ITEMS = [
  '安全出口、疏散通道畅通',
  '走廊、楼梯无堆放杂物',
  '厨房燃气、火源已关闭',
  '电器线路、插座无异常',
  '无人吸烟、无明火',
  '消防器材完好在位',
] as const;

export function defaultFirePatrol(): FirePatrolPlan {
  return { items: [...DEFAULT_PATROL_ITEMS], perNight: 2, night: { from: '20:00', to: '08:00' } };
}

/**
 * The plan a center gets when it has not written its own: one area for the
 * whole house, night rounds from 22:00 to 06:00 spread so that there are
 * `nightRounds` of them (the old `nightRoundMinimum`), two day rounds.
 */
export function defaultRoundPlan(nightRounds = 2): RoundPlanArea[] {
  const every = nightRounds <= 1 ? 8 : Math.max(1, Math.floor(8 / (nightRounds - 1)));
  return [
    {
      name: '全院',
      places: [],
      night: nightRounds === 0 ? null : { from: '22:00', to: '06:00', everyHours: every },
      dayTimes: ['10:00', '15:00'],
      dayEvery: null,
    },
  ];
}

export const LanguageSettingSchema = z.enum(['zh-CN', 'en'], E).nullable();

export const SettingsInputSchema = z.object(
  {
    /** null = follow the system language. */
    language: LanguageSettingSchema,
    reassessmentMonths: count(1, 60),
    riskReassessmentMonths: count(1, 60),
    staffRatios: StaffRatiosSchema,
    /** Rounds per area (replaces version 3's `nightRoundMinimum`). */
    roundPlan: z
      .array(RoundPlanAreaSchema, E)
      .min(1, { error: V.required })
      .max(50, { error: V.tooMany })
      .superRefine((areas, ctx) => {
        const seen = new Set<string>();
        areas.forEach((a, i) => {
          if (seen.has(a.name)) ctx.addIssue({ code: 'custom', message: V.duplicate, path: [i, 'name'] });
          seen.add(a.name);
        });
      }),
    firePatrol: FirePatrolPlanSchema,
    backupRetention: BackupRetentionSchema,
    exportSchedule: ExportScheduleSchema,
    /** Villages of the township, for addresses and statistics. */
    villages: z.array(requiredText(50), E).max(500, { error: V.tooMany }),
    /** Years records are kept after the service ends (GB 38600: at least 5). */
    recordRetentionYears: count(5, 100),
    /** The center's own staff posts, beside the built-in ones (STAFF_POSTS). */
    customPosts: z.array(requiredText(20), E).max(50, { error: V.tooMany }),
    /** Minutes without input before the screen locks and asks for the password again. */
    idleLockMinutes: count(1, 240),
    /** An admission needs ability and safety-risk assessments at most this many days old (or a manager's override). */
    admissionAssessmentMaxAgeDays: count(1, 365),
  },
  E,
);
export type SettingsInput = z.infer<typeof SettingsInputSchema>;

/**
 * The roster rules live beside the general settings but are saved on their own
 * (`rosters.saveRules`, settings.manage), so the settings form never carries them.
 */
export const SettingsSchema = SettingsInputSchema.extend({
  rosterRules: RosterRulesSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A month: the assessment describes the elder who actually arrives, not the one enquired about last spring. */
export const DEFAULT_ADMISSION_ASSESSMENT_MAX_AGE_DAYS = 30;

export function defaultSettings(now: Date): Settings {
  return {
    language: null,
    reassessmentMonths: 12,
    riskReassessmentMonths: 6,
    staffRatios: { level0: 10, level1: 6, level2: 4, level3: 3, level4: 3 },
    roundPlan: defaultRoundPlan(),
    firePatrol: defaultFirePatrol(),
    backupRetention: { keepLast: 10, dailyDays: 30, monthlyMonths: 24 },
    exportSchedule: { enabled: false, dayOfMonth: 5 },
    villages: [],
    recordRetentionYears: 5,
    customPosts: [],
    idleLockMinutes: 10,
    admissionAssessmentMaxAgeDays: DEFAULT_ADMISSION_ASSESSMENT_MAX_AGE_DAYS,
    rosterRules: defaultRosterRules(),
    updatedAt: now.toISOString(),
  };
}
