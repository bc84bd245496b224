/** Staff, shift templates and the roster (roster entries are sharded by month). */
import { z } from 'zod';
import { isTime, minutesOfDay } from '../domain/dates';
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

/**
 * Posts every center has, stored as these codes and shown translated. A center
 * adds its own in the settings (`customPosts`); those are stored as typed.
 */
export const STAFF_POSTS = [
  'carer',
  'nurse',
  'doctor',
  'cook',
  'security',
  'socialWorker',
  'driver',
  'management',
  'other',
] as const;
export type BuiltInPost = (typeof STAFF_POSTS)[number];

/** A built-in post code or one of the center's own posts (checked against the settings by the core). */
export const PostSchema = requiredText(20);

/**
 * 标准工时制 or 综合计算工时制 (approved comprehensive working hours: hours are
 * balanced over a period, so the roster checks a period total, not each week).
 */
export const WORKING_TIME_SYSTEMS = ['standard', 'comprehensive'] as const;

export const CERTIFICATE_KINDS = ['carerSkill', 'health', 'nurseLicence', 'other'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/** 养老护理员 vocational skill levels (国家职业技能标准 2019): 5 = 初级 … 1 = 高级技师. */
export const CARER_SKILL_LEVELS = [5, 4, 3, 2, 1] as const;

export const CertificateSchema = z
  .object(
    {
      id: IdSchema,
      kind: z.enum(CERTIFICATE_KINDS, E),
      /** Required for `other`: what the certificate is. */
      name: text(50).optional(),
      /** Only for `carerSkill`. */
      level: z
        .union(
          CARER_SKILL_LEVELS.map((l) => z.literal(l)),
          E,
        )
        .optional(),
      number: text(50).optional(),
      issuedOn: IsoDateSchema.optional(),
      /** Absent for certificates that do not expire. */
      expiresOn: IsoDateSchema.optional(),
    },
    E,
  )
  .superRefine((c, ctx) => {
    if (c.kind === 'other' && !c.name) ctx.addIssue({ code: 'custom', message: V.required, path: ['name'] });
    if (c.kind === 'carerSkill' && c.level === undefined) {
      ctx.addIssue({ code: 'custom', message: V.required, path: ['level'] });
    }
    if (c.issuedOn && c.expiresOn && c.expiresOn < c.issuedOn) {
      ctx.addIssue({ code: 'custom', message: V.endBeforeStart, path: ['expiresOn'] });
    }
  });
export type Certificate = z.infer<typeof CertificateSchema>;

export const StaffSchema = z.object(
  {
    ...RecordBaseShape,
    name: NameSchema,
    post: PostSchema,
    phone: PhoneSchema.optional(),
    /** GB 11643 number; checked like an elder's by the core. */
    idNumber: text(18).optional(),
    hireDate: IsoDateSchema.optional(),
    /** Where the person usually works (a floor, a wing, the kitchen…). */
    area: text(50).optional(),
    workingTime: z.enum(WORKING_TIME_SYSTEMS, E),
    certificates: z.array(CertificateSchema, E).max(30, { error: V.tooMany }),
    active: z.boolean(E),
    /** The person's sign-in account, when they use the app: the one link between staff and users. */
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

/** '#rrggbb', the roster cell's background. */
export const ColourSchema = z.string(E).regex(/^#[0-9a-fA-F]{6}$/, { error: V.invalidFormat });

/** Minutes from start to end, across midnight when the shift does. */
export function shiftSpanMinutes(start: string, end: string): number {
  const span = minutesOfDay(end) - minutesOfDay(start);
  return span > 0 ? span : span + 24 * 60;
}

/**
 * A shift with times. A shift that crosses midnight belongs to the day it
 * starts: the roster, the board and the counts file it under that date.
 */
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
      /** Unpaid break within the shift. */
      breakMinutes: z
        .number(E)
        .int({ error: V.notInteger })
        .min(0, { error: V.tooSmall })
        .max(240, { error: V.tooLarge }),
      /** Hours counted towards working time; at most the span less the break. */
      paidHours: z
        .number(E)
        .multipleOf(0.25, { error: V.shift.quarterHours })
        .min(0, { error: V.tooSmall })
        .max(24, { error: V.tooLarge }),
      /** Night shifts must record the configured minimum of rounds. */
      night: z.boolean(E),
      colour: ColourSchema,
      active: z.boolean(E),
    },
    E,
  )
  .superRefine((s, ctx) => {
    const ends = minutesOfDay(s.end) <= minutesOfDay(s.start);
    if (ends !== s.crossesMidnight) {
      ctx.addIssue({ code: 'custom', message: V.shift.midnightMismatch, path: ['crossesMidnight'] });
    }
    // A time the field already refused would only add a confusing second message here.
    if (!isTime(s.start) || !isTime(s.end)) return;
    const span = shiftSpanMinutes(s.start, s.end);
    if (s.breakMinutes >= span) {
      ctx.addIssue({ code: 'custom', message: V.shift.breakTooLong, path: ['breakMinutes'] });
    } else if (s.paidHours * 60 > span - s.breakMinutes) {
      ctx.addIssue({ code: 'custom', message: V.shift.paidExceedsSpan, path: ['paidHours'] });
    }
  });
export type ShiftTemplate = z.infer<typeof ShiftTemplateSchema>;

export const DAY_CODE_KINDS = ['rest', 'leave', 'compensatory', 'training', 'other'] as const;

/**
 * A roster mark without times (休 rest, 假 leave, 调休, 培训…): not a shift, so it
 * never counts as cover or as worked hours; `training` counts as working time.
 */
export const DayCodeSchema = z.object(
  {
    ...RecordBaseShape,
    code: ShiftCodeSchema,
    name: requiredText(30),
    kind: z.enum(DAY_CODE_KINDS, E),
    colour: ColourSchema,
    active: z.boolean(E),
  },
  E,
);
export type DayCode = z.infer<typeof DayCodeSchema>;

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
