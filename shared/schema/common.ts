/** Building blocks shared by every record schema. */
import { z } from 'zod';
import { isIsoDate, isTime } from '../domain/dates';
import { isPeriod } from '../domain/period';
import { E, V, issueCode } from './messages';

/** A fresh record id (WebCrypto, present in Node 20 and every browser). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** uuid-like: letters, digits, '-' and '_' (imports may carry their own ids). */
export const IdSchema = z.string(E).regex(/^[A-Za-z0-9_-]{8,64}$/, { error: V.id });

/** A calendar date 'YYYY-MM-DD' that exists (no 02-30). */
export const IsoDateSchema = z.string(E).refine(isIsoDate, { error: V.date });

/** An ISO 8601 instant with offset or Z, as written by `Date.toISOString()`. */
export const IsoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: (issue) => (issue.code === 'invalid_type' ? issueCode(issue) : V.dateTime),
});

/** A wall-clock time 'HH:mm' (00:00-23:59). */
export const TimeSchema = z.string(E).refine(isTime, { error: V.time });

/** A month 'YYYY-MM'. */
export const PeriodSchema = z.string(E).refine(isPeriod, { error: V.period });

/** Free text typed by staff; trimmed, bounded so a paste accident cannot bloat the file. */
export function text(max = 2000) {
  return z.string(E).trim().max(max, { error: V.tooLong });
}
/** Text that must not be blank. */
export function requiredText(max = 200) {
  return z.string(E).trim().min(1, { error: V.required, abort: true }).max(max, { error: V.tooLong });
}

/**
 * Chinese or English personal name: letters of any script, spaces, ·, '.', '-', "'".
 * Runs of spaces (a full-width U+3000 too) become one, so 张  三 and 张 三 are not two spellings.
 */
export const NameSchema = z
  .string(E)
  .trim()
  .overwrite((v) => v.replace(/\s+/g, ' '))
  .min(1, { error: V.required, abort: true })
  .max(40, { error: V.tooLong })
  .regex(/^[\p{L}\p{M}][\p{L}\p{M}·•.\-' ]*$/u, { error: V.name });

const MOBILE_RE = /^1[3-9]\d{9}$/;
// Area code 0xx(x), then 7-8 digits, optional extension; or a local number without area code.
const LANDLINE_RE = /^(0\d{2,3}-?\d{7,8}|[2-9]\d{6,7})(-\d{1,6})?$/;

/** Mainland mobile or landline; spaces removed, '+86' prefix dropped. Empty is "required", not "wrong number". */
export const PhoneSchema = z
  .string(E)
  .trim()
  .overwrite((v) => v.replace(/[\s()（）]/g, '').replace(/^(\+|00)86-?/, ''))
  .min(1, { error: V.required, abort: true })
  .refine((v) => MOBILE_RE.test(v) || LANDLINE_RE.test(v), { error: V.phone });

export const NonNegativeIntSchema = z.number(E).int({ error: V.notInteger }).min(0, { error: V.tooSmall });

/** Who voided a care record, when and why. Care records are never deleted. */
export const VoidedSchema = z.object(
  {
    at: IsoDateTimeSchema,
    by: requiredText(64),
    reason: requiredText(500),
  },
  E,
);
export type Voided = z.infer<typeof VoidedSchema>;

/** Fields every stored record carries. */
export const RecordBaseShape = {
  id: IdSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
};
/** Care records add an optional void block instead of ever being deleted. */
export const CareRecordBaseShape = {
  ...RecordBaseShape,
  voided: VoidedSchema.optional(),
};

export const SexSchema = z.enum(['male', 'female'], E);
export type SexValue = z.infer<typeof SexSchema>;

/** Adds an `endBeforeStart` issue at `path` when `to` is set and earlier than `from`. */
export function checkOrder(
  ctx: z.core.$RefinementCtx<unknown>,
  from: string | null | undefined,
  to: string | null | undefined,
  path: (string | number)[],
  code: string = V.endBeforeStart,
): void {
  if (from && to && to < from) ctx.addIssue({ code: 'custom', message: code, path });
}
