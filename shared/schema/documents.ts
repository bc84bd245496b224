/**
 * The two on-disk document shapes: core.json (singletons + collections) and
 * records/<kind>/<YYYY-MM>.json (one month of one high-volume kind).
 */
import { z } from 'zod';
import { periodOfDate } from '../domain/period';
import { AbilityAssessmentSchema, RiskAssessmentSchema } from './assessment';
import { CareLogSchema } from './care-logs';
import { CenterProfileSchema } from './center';
import { NonNegativeIntSchema, PeriodSchema } from './common';
import { AttendanceSchema } from './day-care';
import { ImportMappingRecordSchema } from './imports';
import { BedSchema, BuildingSchema, RoomSchema } from './facility';
import { VisitSchema } from './home-service';
import { E } from './messages';
import { PartnerSchema, ReferralSchema, VillagePointSchema } from './network';
import { EnrollmentSchema, PersonSchema } from './person';
import { BedAssignmentSchema, CriticalIllnessSchema, LeaveSchema, StaySchema } from './residence';
import { MonthlyReturnSchema } from './returns';
import { RoundsRecordSchema } from './rounds';
import { HolidaySchema, RosterMonthSchema } from './rosters';
import { SettingsSchema, defaultSettings } from './settings';
import { DayCodeSchema, RosterEntrySchema, ShiftTemplateSchema, StaffSchema } from './staff';
import { SubsidyTypeSchema, UserSchema } from './users';

export const CURRENT_SCHEMA_VERSION = 5;

/** Core collection name → record schema. */
export const CORE_COLLECTIONS = {
  people: PersonSchema,
  abilityAssessments: AbilityAssessmentSchema,
  riskAssessments: RiskAssessmentSchema,
  buildings: BuildingSchema,
  rooms: RoomSchema,
  beds: BedSchema,
  stays: StaySchema,
  bedAssignments: BedAssignmentSchema,
  leaves: LeaveSchema,
  criticalIllnesses: CriticalIllnessSchema,
  enrollments: EnrollmentSchema,
  partners: PartnerSchema,
  villagePoints: VillagePointSchema,
  referrals: ReferralSchema,
  staff: StaffSchema,
  shiftTemplates: ShiftTemplateSchema,
  dayCodes: DayCodeSchema,
  monthlyReturns: MonthlyReturnSchema,
  users: UserSchema,
  subsidyTypes: SubsidyTypeSchema,
  importMappings: ImportMappingRecordSchema,
  holidays: HolidaySchema,
  rosterMonths: RosterMonthSchema,
} as const;
export type CoreCollection = keyof typeof CORE_COLLECTIONS;
export type CoreRecord<C extends CoreCollection> = z.infer<(typeof CORE_COLLECTIONS)[C]>;

export const CORE_SINGLETONS = {
  center: CenterProfileSchema.nullable(),
  settings: SettingsSchema,
} as const;
export type CoreSingleton = keyof typeof CORE_SINGLETONS;

/** Shard kind → record schema. Every shard record has a `date` that files it under its month. */
export const SHARD_KINDS = {
  attendance: AttendanceSchema,
  visits: VisitSchema,
  rounds: RoundsRecordSchema,
  careLogs: CareLogSchema,
  roster: RosterEntrySchema,
} as const;
export type ShardKind = keyof typeof SHARD_KINDS;
export type ShardRecord<K extends ShardKind> = z.infer<(typeof SHARD_KINDS)[K]>;

const collectionShape = Object.fromEntries(
  Object.entries(CORE_COLLECTIONS).map(([name, schema]) => [name, z.array(schema, E)]),
) as { [C in CoreCollection]: z.ZodArray<(typeof CORE_COLLECTIONS)[C]> };

export const CoreDocSchema = z.object(
  {
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION, E),
    /** Sequence number of the last audit entry applied to this file. */
    appliedSeq: NonNegativeIntSchema,
    ...CORE_SINGLETONS,
    ...collectionShape,
  },
  E,
);
export type CoreDoc = z.infer<typeof CoreDocSchema>;

const shardDocSchemas = Object.fromEntries(
  Object.entries(SHARD_KINDS).map(([kind, schema]) => [
    kind,
    z.object(
      {
        schemaVersion: z.literal(CURRENT_SCHEMA_VERSION, E),
        kind: z.literal(kind, E),
        period: PeriodSchema,
        appliedSeq: NonNegativeIntSchema,
        records: z.array(schema, E),
      },
      E,
    ),
  ]),
) as {
  [K in ShardKind]: z.ZodObject<{
    schemaVersion: z.ZodLiteral<typeof CURRENT_SCHEMA_VERSION>;
    kind: z.ZodLiteral<K>;
    period: typeof PeriodSchema;
    appliedSeq: typeof NonNegativeIntSchema;
    records: z.ZodArray<(typeof SHARD_KINDS)[K]>;
  }>;
};

/** Schema of one month's shard file of `kind`. */
export function ShardDocSchema<K extends ShardKind>(kind: K): (typeof shardDocSchemas)[K] {
  return shardDocSchemas[kind];
}
export type ShardDoc<K extends ShardKind = ShardKind> = {
  [P in K]: z.infer<(typeof shardDocSchemas)[P]>;
}[K];

/** A fresh core document: no center yet (first-run setup pending), default settings. */
export function emptyCore(now: Date): CoreDoc {
  const collections = Object.fromEntries(
    Object.keys(CORE_COLLECTIONS).map((name) => [name, []]),
  ) as unknown as {
    [C in CoreCollection]: CoreRecord<C>[];
  };
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appliedSeq: 0,
    center: null,
    settings: defaultSettings(now),
    ...collections,
  };
}

export function emptyShard<K extends ShardKind>(kind: K, period: string): ShardDoc<K> {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    kind,
    period,
    appliedSeq: 0,
    records: [],
  } as unknown as ShardDoc<K>;
}

/** 'YYYY-MM' of a shard record's own date: the month file it belongs in. */
export function recordPeriod(kind: ShardKind, record: { date: string }): string {
  void kind; // every kind files by `date` today; the parameter keeps call sites stable if one changes
  return periodOfDate(record.date);
}
