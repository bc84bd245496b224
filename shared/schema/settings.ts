/**
 * Center settings. Values the standards leave open (intervals, staff ratios,
 * night rounds) live here with defaults, so a center can adjust them.
 */
import { z } from 'zod';
import { IsoDateTimeSchema, requiredText } from './common';
import { E, V } from './messages';

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

export const LanguageSettingSchema = z.enum(['zh-CN', 'en'], E).nullable();

export const SettingsInputSchema = z.object(
  {
    /** null = follow the system language. */
    language: LanguageSettingSchema,
    reassessmentMonths: count(1, 60),
    riskReassessmentMonths: count(1, 60),
    staffRatios: StaffRatiosSchema,
    /** Minimum night rounds per night shift. */
    nightRoundMinimum: count(0, 48),
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

export const SettingsSchema = SettingsInputSchema.extend({ updatedAt: IsoDateTimeSchema });
export type Settings = z.infer<typeof SettingsSchema>;

/** A month: the assessment describes the elder who actually arrives, not the one enquired about last spring. */
export const DEFAULT_ADMISSION_ASSESSMENT_MAX_AGE_DAYS = 30;

export function defaultSettings(now: Date): Settings {
  return {
    language: null,
    reassessmentMonths: 12,
    riskReassessmentMonths: 6,
    staffRatios: { level0: 10, level1: 6, level2: 4, level3: 3, level4: 3 },
    nightRoundMinimum: 2,
    backupRetention: { keepLast: 10, dailyDays: 30, monthlyMonths: 24 },
    exportSchedule: { enabled: false, dayOfMonth: 5 },
    villages: [],
    recordRetentionYears: 5,
    customPosts: [],
    idleLockMinutes: 10,
    admissionAssessmentMaxAgeDays: DEFAULT_ADMISSION_ASSESSMENT_MAX_AGE_DAYS,
    updatedAt: now.toISOString(),
  };
}
