/** Login accounts and the subsidy table the center edits. */
import { z } from 'zod';
import { IsoDateTimeSchema, RecordBaseShape, requiredText } from './common';
import { CategoryCodeSchema } from './person';
import { E, V } from './messages';

export const USER_ROLES = ['admin', 'manager', 'carer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const UsernameSchema = z
  .string(E)
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { error: V.user.username });

export const PasswordSchema = z
  .string(E)
  .min(6, { error: V.user.passwordTooShort })
  .max(128, { error: V.tooLong });

/** Hash fields only; the password itself is never stored. */
export const PasswordHashSchema = z.object(
  {
    algorithm: z.enum(['scrypt', 'pbkdf2-sha256'], E),
    salt: requiredText(200),
    hash: requiredText(400),
    /** Cost parameters as used, so they can be raised later without breaking old hashes. */
    params: z.record(z.string(E), z.number(E), E),
  },
  E,
);

const userFields = {
  username: UsernameSchema,
  displayName: requiredText(40),
  role: z.enum(USER_ROLES, E),
  active: z.boolean(E),
};

export const UserInputSchema = z.object({ ...userFields, password: PasswordSchema }, E);
export type UserInput = z.infer<typeof UserInputSchema>;

export const UserSchema = z.object(
  {
    ...RecordBaseShape,
    ...userFields,
    password: PasswordHashSchema,
    lastLoginAt: IsoDateTimeSchema.nullable(),
  },
  E,
);
export type User = z.infer<typeof UserSchema>;

export const SUBSIDY_UNITS = ['month', 'day', 'once'] as const;

export const SubsidyTypeSchema = z.object(
  {
    ...RecordBaseShape,
    code: z
      .string(E)
      .trim()
      .regex(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/, { error: V.subsidy.code }),
    name: requiredText(50),
    /** Yuan, up to two decimals. */
    amount: z.number(E).min(0, { error: V.tooSmall }).max(1_000_000, { error: V.tooLarge }),
    unit: z.enum(SUBSIDY_UNITS, E),
    categories: z.array(CategoryCodeSchema, E),
    active: z.boolean(E),
  },
  E,
);
export type SubsidyType = z.infer<typeof SubsidyTypeSchema>;
