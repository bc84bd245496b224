/** Login accounts and the subsidy table the center edits. */
import { z } from 'zod';
import { IsoDateTimeSchema, RecordBaseShape, requiredText } from './common';
import { CategoryCodeSchema } from './person';
import { E, V } from './messages';

/** What a role may do is in one table: shared/ipc/permissions.ts. */
export const USER_ROLES = ['admin', 'manager', 'staff', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const UsernameSchema = z
  .string(E)
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, { error: V.user.username });

/** Length only here (NIST SP 800-63B: at least 8); the core also refuses common passwords. */
export const PasswordSchema = z
  .string(E)
  .min(8, { error: V.user.passwordTooShort })
  .max(128, { error: V.tooLong });

/**
 * Hash fields only; the password itself is never stored. Kept in the
 * credentials file, never in core.json: audit entries copy the records they
 * write, and a hash must not enter the audit chain or its readable history.
 */
export const PasswordHashSchema = z.object(
  {
    algorithm: z.enum(['scrypt'], E),
    salt: requiredText(200),
    hash: requiredText(400),
    /** Cost parameters as used, so they can be raised later without breaking old hashes. */
    params: z.record(z.string(E), z.number(E), E),
  },
  E,
);
export type PasswordHash = z.infer<typeof PasswordHashSchema>;

const userFields = {
  username: UsernameSchema,
  displayName: requiredText(40),
  role: z.enum(USER_ROLES, E),
  active: z.boolean(E),
};

export const UserInputSchema = z.object({ ...userFields, password: PasswordSchema }, E);
export type UserInput = z.infer<typeof UserInputSchema>;

/** An account as core.json keeps it: who, and what they may do; no secret. */
export const UserSchema = z.object(
  {
    ...RecordBaseShape,
    ...userFields,
    lastSignInAt: IsoDateTimeSchema.nullable(),
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
