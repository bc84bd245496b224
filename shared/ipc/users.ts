/** Accounts, kept by administrators: added, changed, disabled (never deleted), passwords reset. */
import { z } from 'zod';
import { IdSchema, requiredText } from '../schema/common';
import { PasswordSchema, USER_ROLES, UsernameSchema, type UserRole } from '../schema/users';
import { E, V } from '../schema/messages';
import { defineChannels, none, returns } from './define';

const OBJECT = { message: 'ipc.argument.object' };

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  active: boolean;
  lastSignInAt: string | null;
  /** The linked staff member (staff.userId is the one link). */
  staffId: string | null;
  staffName: string | null;
  /** Failed sign-ins since the last good one, and until when the next try must wait. */
  failedAttempts: number;
  blockedUntil: string | null;
}

const userFields = {
  displayName: requiredText(40),
  role: z.enum(USER_ROLES, E),
  /** null unlinks; a staff member already linked to another account is refused. */
  staffId: IdSchema.nullable(),
};

export const UserCreateSchema = z
  .strictObject(
    { username: UsernameSchema, ...userFields, password: PasswordSchema, passwordAgain: z.string().max(128) },
    OBJECT,
  )
  .refine((v) => v.password === v.passwordAgain, {
    message: V.user.passwordsDiffer,
    path: ['passwordAgain'],
  });
export type UserCreateInput = z.infer<typeof UserCreateSchema>;

/** Disabling is `active: false`; the last active administrator cannot be disabled or demoted. */
export const UserUpdateSchema = z.strictObject({ id: IdSchema, ...userFields, active: z.boolean(E) }, OBJECT);
export type UserUpdateInput = z.infer<typeof UserUpdateSchema>;

export const ResetPasswordSchema = z
  .strictObject({ id: IdSchema, password: PasswordSchema, passwordAgain: z.string().max(128) }, OBJECT)
  .refine((v) => v.password === v.passwordAgain, {
    message: V.user.passwordsDiffer,
    path: ['passwordAgain'],
  });
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

export const UserIdSchema = z.strictObject({ id: IdSchema }, OBJECT);

export const usersChannels = defineChannels('users', {
  'users.list': { input: none, output: returns<UserView[]>(), permission: 'users.manage' },
  'users.create': { input: UserCreateSchema, output: returns<UserView>(), permission: 'users.manage' },
  'users.update': { input: UserUpdateSchema, output: returns<UserView>(), permission: 'users.manage' },
  'users.resetPassword': {
    input: ResetPasswordSchema,
    output: returns<UserView>(),
    permission: 'users.manage',
  },
  /** Clears the growing delay after failed sign-ins. */
  'users.unlock': { input: UserIdSchema, output: returns<UserView>(), permission: 'users.manage' },
});
