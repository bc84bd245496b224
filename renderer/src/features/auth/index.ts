import { lazyComponent } from '../../app';

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
/** Loaded with setup only: it carries the schema library, which the first screen must not wait for. */
export const FirstAdminForm = lazyComponent(() => import('./first-admin-form'), 'FirstAdminForm');
export { PasswordField } from './password-field';
export { AuthPageShell } from './auth-page-shell';
