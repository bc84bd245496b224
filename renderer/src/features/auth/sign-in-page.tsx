import { useTranslation } from 'react-i18next';
import type { AuthState } from '../../../../shared/ipc/auth';
import { AuthPageShell } from './auth-page-shell';
import { SignInForm } from './sign-in-form';

/**
 * Nobody is signed in: the center's name, the recent users of this PC and the
 * form. Whoever signs in here starts on the home page.
 */
function goHome() {
  window.location.hash = '#/';
}

export function SignInPage({ state }: { state: AuthState }) {
  const { t } = useTranslation('auth');
  return (
    <AuthPageShell title={t('signIn.title')} testId="sign-in-page">
      <SignInForm recentUsers={state.recentUsers} onSignedIn={goHome} />
    </AuthPageShell>
  );
}
