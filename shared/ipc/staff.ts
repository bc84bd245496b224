/**
 * Staff (`staff.*`): members of staff with their certificates, the posts list,
 * shift templates and day codes. Argument schemas, result types and channels.
 */
import { z } from 'zod';
import { toIsoDate } from '../domain/dates';
import { IdNumberSchema } from '../schema/person';
import { IdSchema, IsoDateSchema, requiredText } from '../schema/common';
import {
  CertificateSchema,
  DayCodeSchema,
  PostSchema,
  ShiftTemplateSchema,
  StaffSchema,
  shiftSpanMinutes,
} from '../schema/staff';
import type { BuiltInPost, Certificate, DayCode, ShiftTemplate, Staff } from '../schema/staff';
import { isTime } from '../domain/dates';
import { E, V } from '../schema/messages';
import { defineChannels, none, returns } from './define';

/** Refusals of the staff channels: keys of the `errors` namespace (shared/i18n/staff.ts). */
export const STAFF_CODES = {
  notFound: 'staff.notFound',
  duplicateIdNumber: 'staff.duplicateIdNumber',
  unknownPost: 'staff.unknownPost',
  hireDateInFuture: 'validation.staff.hireDateInFuture',
  duplicateCertificate: 'validation.staff.duplicateCertificate',
  codeTaken: 'staff.codeTaken',
  codeFixed: 'staff.codeFixed',
  shiftNotFound: 'staff.shiftNotFound',
  dayCodeNotFound: 'staff.dayCodeNotFound',
  postInUse: 'staff.postInUse',
  postIsBuiltIn: 'staff.postIsBuiltIn',
  postDuplicate: 'staff.postDuplicate',
} as const;

/** Certificates expiring within this many days are listed as due (the issue's 30 days). */
export const CERTIFICATE_DUE_DAYS = 30;

// ─── staff.create / staff.update ────────────────────────────────────────────

const shape = StaffSchema.shape;

/**
 * What the staff form submits. `userId` is not here: the accounts feature sets
 * the one link between a user and a staff member. Certificates carry ids made
 * by the form, so an edited row keeps its identity.
 */
export const StaffInputSchema = z
  .object(
    {
      name: shape.name,
      post: PostSchema,
      phone: shape.phone,
      idNumber: IdNumberSchema.optional(),
      hireDate: IsoDateSchema.optional(),
      area: shape.area,
      workingTime: shape.workingTime,
      certificates: z.array(CertificateSchema, E).max(30, { error: V.tooMany }),
      active: shape.active,
    },
    E,
  )
  .superRefine((s, ctx) => {
    if (s.hireDate && s.hireDate > toIsoDate(new Date())) {
      ctx.addIssue({ code: 'custom', message: STAFF_CODES.hireDateInFuture, path: ['hireDate'] });
    }
    const seen = new Set<string>();
    s.certificates.forEach((c, i) => {
      if (seen.has(c.id)) {
        ctx.addIssue({
          code: 'custom',
          message: STAFF_CODES.duplicateCertificate,
          path: ['certificates', i],
        });
      }
      seen.add(c.id);
    });
  });
export type StaffInput = z.input<typeof StaffInputSchema>;
export type StaffInputParsed = z.output<typeof StaffInputSchema>;

export const StaffUpdateSchema = z.strictObject(
  { id: IdSchema, staff: StaffInputSchema },
  { message: 'ipc.argument.object' },
);

export const StaffIdSchema = z.strictObject({ id: IdSchema }, { message: 'ipc.argument.object' });

// ─── staff.list ─────────────────────────────────────────────────────────────

export const StaffFilterSchema = z.strictObject(
  {
    /** Only active (true) or only former (false) staff; both when absent. */
    active: z.boolean(E).optional(),
    post: z.string(E).max(20, { error: V.tooLong }).optional(),
    /** Part of a name, its pinyin or initials, or a phone number. */
    query: z.string(E).max(100, { error: V.tooLong }).optional(),
  },
  { message: 'ipc.argument.object' },
);
export type StaffFilter = z.output<typeof StaffFilterSchema>;

/** The worst state of a person's certificates today: what the list's tag shows. */
export type CertificatesState = 'none' | 'valid' | 'expiring' | 'expired';

export interface StaffListItem {
  id: string;
  name: string;
  post: string;
  phone: string | null;
  area: string | null;
  workingTime: Staff['workingTime'];
  active: boolean;
  certificates: CertificatesState;
  /** Linked sign-in account, if any (set by the accounts feature). */
  userId: string | null;
}

// ─── staff.certificatesDue ──────────────────────────────────────────────────

export interface CertificateDue {
  staffId: string;
  staffName: string;
  post: string;
  certificate: Certificate;
  expiresOn: string;
  /** Negative once expired; 0 on the day it expires. */
  daysLeft: number;
}

// ─── shift templates and day codes ──────────────────────────────────────────

const shiftShape = ShiftTemplateSchema.shape;

/**
 * A shift template as the form sends it. `crossesMidnight` is not sent: the
 * core derives it from the times (a shift ending at or before its start ends
 * the next day). No `id` = a new template.
 */
export const ShiftTemplateInputSchema = z
  .object(
    {
      id: IdSchema.optional(),
      code: shiftShape.code,
      name: shiftShape.name,
      start: shiftShape.start,
      end: shiftShape.end,
      breakMinutes: shiftShape.breakMinutes,
      paidHours: shiftShape.paidHours,
      night: shiftShape.night,
      colour: shiftShape.colour,
      active: shiftShape.active,
    },
    E,
  )
  .superRefine((s, ctx) => {
    // The same limits the stored template checks, here so the form shows them beside their fields.
    if (!isTime(s.start) || !isTime(s.end)) return;
    const span = shiftSpanMinutes(s.start, s.end);
    if (s.breakMinutes >= span) {
      ctx.addIssue({ code: 'custom', message: V.shift.breakTooLong, path: ['breakMinutes'] });
    } else if (s.paidHours * 60 > span - s.breakMinutes) {
      ctx.addIssue({ code: 'custom', message: V.shift.paidExceedsSpan, path: ['paidHours'] });
    }
  });
export type ShiftTemplateInput = z.input<typeof ShiftTemplateInputSchema>;

const dayShape = DayCodeSchema.shape;

export const DayCodeInputSchema = z.object(
  {
    id: IdSchema.optional(),
    code: dayShape.code,
    name: dayShape.name,
    kind: dayShape.kind,
    colour: dayShape.colour,
    active: dayShape.active,
  },
  E,
);
export type DayCodeInput = z.input<typeof DayCodeInputSchema>;

// ─── posts ──────────────────────────────────────────────────────────────────

export const PostsInputSchema = z.strictObject(
  { customPosts: z.array(requiredText(20), E).max(50, { error: V.tooMany }) },
  { message: 'ipc.argument.object' },
);

export interface PostsView {
  builtIn: BuiltInPost[];
  /** The center's own posts, as typed. */
  custom: string[];
  /** Staff members (active or not) holding each post, built-in or custom. */
  inUse: Record<string, number>;
}

// ─── channels ───────────────────────────────────────────────────────────────

export const staffChannels = defineChannels('staff', {
  'staff.list': { input: StaffFilterSchema, output: returns<StaffListItem[]>(), permission: 'staff.read' },
  'staff.get': { input: StaffIdSchema, output: returns<Staff>(), permission: 'staff.read' },
  'staff.create': { input: StaffInputSchema, output: returns<Staff>(), permission: 'staff.manage' },
  'staff.update': { input: StaffUpdateSchema, output: returns<Staff>(), permission: 'staff.manage' },
  'staff.certificatesDue': { input: none, output: returns<CertificateDue[]>(), permission: 'staff.read' },
  'staff.shiftTemplates': { input: none, output: returns<ShiftTemplate[]>(), permission: 'staff.read' },
  'staff.saveShiftTemplate': {
    input: ShiftTemplateInputSchema,
    output: returns<ShiftTemplate>(),
    permission: 'staff.manage',
  },
  'staff.dayCodes': { input: none, output: returns<DayCode[]>(), permission: 'staff.read' },
  'staff.saveDayCode': { input: DayCodeInputSchema, output: returns<DayCode>(), permission: 'staff.manage' },
  'staff.posts': { input: none, output: returns<PostsView>(), permission: 'staff.read' },
  'staff.savePosts': { input: PostsInputSchema, output: returns<PostsView>(), permission: 'staff.manage' },
});
