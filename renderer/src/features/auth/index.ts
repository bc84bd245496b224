/**
 * Accounts on the shared PC: sign-in, the idle lock and quick switch, the
 * header's user menu, the first administrator, and `useMay` for hiding what
 * the role cannot do.
 */
export { authKeys, authQuery, applyAuthState, refreshAuthState, useAuthState, useSignOut } from './queries';
export { useMay, useMayCheck, useSignedInUser } from './use-may';
export { useIdleLock } from './use-idle-lock';
export { SignInPage } from './sign-in-page';
export { LockOverlay } from './lock-overlay';
export { UserMenu } from './user-menu';
export { FirstAdminForm } from './first-admin-form';
export { PasswordField } from './password-field';
export { AuthPageShell } from './auth-page-shell';
