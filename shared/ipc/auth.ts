/**
 * Signing in on the shared PC: the first administrator, sign-in and out, the
 * idle lock, and changing one's own password. `auth.required` / `auth.forbidden`
 * are the refusals of every other channel (electron/core/ipc/authorize.ts).
 */
import { z } from 'zod';
import { PasswordSchema, UsernameSchema, type UserRole } from '../schema/users';
import { requiredText } from '../schema/common';
import { V } from '../schema/messages';
import { defineChannels, none, returns } from './define';

const OBJECT = { message: 'ipc.argument.object' };

/** The account signed in on this PC, as the renderer may know it (no secret). */
export interface SignedInUser {
  id: string;
  username: string;
  displayName: string;
  role: UserRole;
  /** The staff member this account belongs to, when linked. */
  staffId: string | null;
}

/** Shown on the quick-switch list at shift change: the last accounts that signed in here. */
export interface RecentUser {
  username: string;
  displayName: string;
}

export interface AuthState {
  /** False on a fresh folder: the first-run step creates the first administrator. */
  hasAccounts: boolean;
  /** The signed-in account; null before sign-in, after sign-out, and while locked. */
  user: SignedInUser | null;
  /** Set while the screen is locked: the page stays, this account's password is asked again. */
  lockedUser: RecentUser | null;
  recentUsers: RecentUser[];
  idleLockMinutes: number;
}

export const SignInSchema = z.strictObject(
  { username: UsernameSchema, password: z.string().min(1, { message: V.required }).max(128) },
  OBJECT,
);
export type SignInInput = z.infer<typeof SignInSchema>;

/** Passwords are typed twice; a mismatch is shown on the second field. */
export const FirstAdminSchema = z
  .strictObject(
    {
      username: UsernameSchema,
      displayName: requiredText(40),
      password: PasswordSchema,
      passwordAgain: z.string().max(128),
    },
    OBJECT,
  )
  .refine((v) => v.password === v.passwordAgain, {
    message: V.user.passwordsDiffer,
    path: ['passwordAgain'],
  });
export type FirstAdminInput = z.infer<typeof FirstAdminSchema>;

export const ChangePasswordSchema = z
  .strictObject(
    {
      currentPassword: z.string().min(1, { message: V.required }).max(128),
      newPassword: PasswordSchema,
      newPasswordAgain: z.string().max(128),
    },
    OBJECT,
  )
  .refine((v) => v.newPassword === v.newPasswordAgain, {
    message: V.user.passwordsDiffer,
    path: ['newPasswordAgain'],
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;

export const authChannels = defineChannels('auth', {
  'auth.state': { input: none, output: returns<AuthState>(), permission: 'public' },
  /** Works while the data is read-only: nothing is written then (no last sign-in, no audit line). */
  'auth.signIn': { input: SignInSchema, output: returns<AuthState>(), permission: 'public' },
  'auth.signOut': { input: none, output: returns<AuthState>(), permission: 'public' },
  /** The renderer's idle timer locks the screen; the core also locks on its own after the idle time. */
  'auth.lock': { input: none, output: returns<AuthState>(), permission: 'signedIn' },
  /** First run (and folders from before accounts): creates the first administrator and signs in. */
  'auth.createFirstAdmin': { input: FirstAdminSchema, output: returns<AuthState>(), permission: 'setup' },
  'auth.changePassword': {
    input: ChangePasswordSchema,
    output: returns<AuthState>(),
    permission: 'signedIn',
  },
});
