/** One record per elder, shared by residential, day-care and home services. */
import { z } from 'zod';
import { CATEGORY_CODES } from '../domain/categories';
import { toIsoDate } from '../domain/dates';
import { PERSON_STATUSES } from '../domain/person-status';
import { SERVICES } from '../domain/services';
import type { Service } from '../domain/services';
import { crossCheckIdNumber, normalizeIdNumber, validateIdNumber } from '../domain/id-number';
import {
  IsoDateSchema,
  NameSchema,
  PhoneSchema,
  RecordBaseShape,
  checkOrder,
  requiredText,
  text,
} from './common';
import { E, V, issueCode } from './messages';

/** 18-character ID number; lower-case x and 15-digit numbers are normalised on parse. */
export const IdNumberSchema = z
  .string(E)
  .trim()
  .overwrite(normalizeIdNumber)
  .superRefine((value, ctx) => {
    const result = validateIdNumber(value, new Date());
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.code });
  });

export const CategoryCodeSchema = z.enum(CATEGORY_CODES, E);

export const DatedCategorySchema = z
  .object({ category: CategoryCodeSchema, from: IsoDateSchema, to: IsoDateSchema.nullish() }, E)
  .superRefine((c, ctx) => checkOrder(ctx, c.from, c.to, ['to']));
export type DatedCategory = z.infer<typeof DatedCategorySchema>;

export const MARITAL_STATUSES = ['single', 'married', 'widowed', 'divorced', 'other'] as const;
export const LIVING_SITUATIONS = [
  'alone',
  'withSpouse',
  'withChildren',
  'leftBehind',
  'emptyNest',
  'other',
] as const;

export const ContactSchema = z.object(
  {
    name: NameSchema,
    /** 儿子, 女儿, 侄子…: free text, rural kinship words do not fit a list. */
    relation: requiredText(20),
    phone: PhoneSchema,
    address: text(200).optional(),
  },
  E,
);
export type Contact = z.infer<typeof ContactSchema>;

export const DiagnosisSchema = z.object(
  {
    name: requiredText(100),
    /** ICD-10, e.g. F01 or I63.9 */
    icd10: z
      .string(E)
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]\d{2}(\.\d{1,2})?$/, { error: V.invalidFormat })
      .optional(),
  },
  E,
);

export const HealthSchema = z.object(
  {
    diagnoses: z.array(DiagnosisSchema, E).max(50, { error: V.tooMany }),
    dementia: z.boolean(E),
    psychiatric: z.boolean(E),
    allergies: text(500),
    diet: text(500),
    medicationNotes: text(2000),
  },
  E,
);
export type Health = z.infer<typeof HealthSchema>;

export function emptyHealth(): Health {
  return { diagnoses: [], dementia: false, psychiatric: false, allergies: '', diet: '', medicationNotes: '' };
}

/** The sex toggle left unset asks for the sex; "choose from the list" would point at a list that is not there. */
const PersonSexSchema = z.enum(['male', 'female'], {
  error: (issue) =>
    issue.input === undefined || issue.input === null ? V.person.sexRequired : issueCode(issue),
});

const personFields = {
  name: NameSchema,
  sex: PersonSexSchema,
  birthDate: IsoDateSchema,
  idNumber: IdNumberSchema.optional(),
  ethnicity: text(20).optional(),
  village: text(50).optional(),
  address: text(200).optional(),
  phone: PhoneSchema.optional(),
  maritalStatus: z.enum(MARITAL_STATUSES, E).optional(),
  livingSituation: z.enum(LIVING_SITUATIONS, E).optional(),
  emergencyContacts: z.array(ContactSchema, E).max(10, { error: V.tooMany }),
  guardian: ContactSchema.optional(),
  health: HealthSchema,
  photoFile: text(200).optional(),
  categories: z.array(DatedCategorySchema, E).max(50, { error: V.tooMany }),
};

/** Cross-checks the ID number against the typed birth date and sex. */
function crossCheck(
  p: { idNumber?: string | undefined; birthDate: string; sex: 'male' | 'female' },
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  if (!p.idNumber) return;
  const result = validateIdNumber(p.idNumber, new Date());
  if (!result.ok) return; // already reported on the field
  for (const issue of crossCheckIdNumber(result, p)) {
    ctx.addIssue({ code: 'custom', message: issue.code, path: [issue.field] });
  }
}

/** A birth date after today is a typing slip (2030 for 1930): never saved. */
function birthNotInFuture(p: { birthDate: string }, ctx: z.core.$RefinementCtx<unknown>): void {
  if (p.birthDate > toIsoDate(new Date())) {
    ctx.addIssue({ code: 'custom', message: V.person.birthInFuture, path: ['birthDate'] });
  }
}

/** What the person form submits. */
export const PersonInputSchema = z.object(personFields, E).superRefine((p, ctx) => {
  crossCheck(p, ctx);
  birthNotInFuture(p, ctx);
});
export type PersonInput = z.infer<typeof PersonInputSchema>;

export { PERSON_STATUSES };

export const PersonSchema = z
  .object(
    {
      ...RecordBaseShape,
      ...personFields,
      status: z.enum(PERSON_STATUSES, E),
      /** Known when status is 'deceased'. */
      deathDate: IsoDateSchema.optional(),
      /** Known when status is 'movedAway' (added later: older records have none, so it stays optional). */
      movedAwayDate: IsoDateSchema.optional(),
      /** True while key facts (the ID number) are missing. */
      incomplete: z.boolean(E),
    },
    E,
  )
  .superRefine((p, ctx) => {
    crossCheck(p, ctx);
    if (!p.idNumber && !p.incomplete) {
      ctx.addIssue({ code: 'custom', message: V.person.incompleteWithoutId, path: ['incomplete'] });
    }
  });
export type Person = z.infer<typeof PersonSchema>;

export { SERVICES };
export type { Service };

/** A person enrolled in one service over a date range. */
export const EnrollmentSchema = z
  .object(
    {
      ...RecordBaseShape,
      personId: RecordBaseShape.id,
      service: z.enum(SERVICES, E),
      from: IsoDateSchema,
      to: IsoDateSchema.nullable(),
    },
    E,
  )
  .superRefine((e, ctx) => checkOrder(ctx, e.from, e.to, ['to']));
export type Enrollment = z.infer<typeof EnrollmentSchema>;
