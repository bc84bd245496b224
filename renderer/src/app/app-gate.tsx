import { Suspense, useEffect } from 'react';
import { RouterProvider } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useAppState } from './queries';
import { useLanguageSync } from '../i18n/use-language-sync';
import { FullPageSpin } from '../components/full-page-spin';
import { StartupError } from './startup-error';
import { SetupPage, centerQuery } from '../features/center';
import {
  LockOverlay,
  SignInPage,
  authQuery,
  refreshAuthState,
  useAuthState,
  useIdleLock,
  useMay,
} from '../features/auth';
import { router } from './router';

/**
 * Decides the first screen. A fresh folder (or one from before accounts)
 * creates the first administrator, then the center profile; after that nobody
 * gets past the sign-in screen without an account. A locked screen keeps the
 * page underneath and asks for the password over it. A read-only folder skips
 * setup, because nothing could be saved and the way out (restoring a backup)
 * is in Settings.
 */
export function AppGate() {
  const state = useAppState();
  const auth = useAuthState();
  // The header of every page (and the sign-in screen) names the center: ask for it beside the
  // app state, not after it. From an effect, so the app state (which decides everything) is asked first.
  const client = useQueryClient();
  useEffect(() => void client.prefetchQuery(centerQuery), [client]);
  useLanguageSync(state.data?.language);
  // A restore replaces the accounts too (and ends the recovery of a folder whose accounts could
  // not be read): whenever the folder becomes writable or read-only, ask again who is signed in.
  const readOnlyKind = state.data ? (state.data.readOnly === null ? 'writable' : 'readOnly') : null;
  useEffect(() => {
    if (readOnlyKind !== null) void refreshAuthState(client);
  }, [readOnlyKind, client]);
  const signedIn = auth.data?.user != null;
  useIdleLock(auth.data?.idleLockMinutes ?? 0, signedIn);
  const mayEditCenter = useMay('settings.manage');

  if (state.isPending || auth.isPending) return <FullPageSpin />;
  if (state.isError || auth.isError)
    return (
      <StartupError
        onRetry={() => {
          void state.refetch();
          void client.refetchQueries(authQuery);
        }}
      />
    );
  const writable = state.data.readOnly === null;
  const needsAdmin = !auth.data.hasAccounts && writable;
  const needsCenter = state.data.needsSetup && writable && (needsAdmin || mayEditCenter);
  if (needsAdmin || needsCenter)
    return (
      <Suspense fallback={<FullPageSpin />}>
        <SetupPage needsAdmin={needsAdmin} needsCenter={state.data.needsSetup && writable} />
      </Suspense>
    );
  const { user, lockedUser, recentUsers, hasAccounts } = auth.data;
  // Without accounts only a read-only folder gets here: its notice and the way out (restore) must show.
  if (!user && !lockedUser && hasAccounts) return <SignInPage state={auth.data} />;
  return (
    <>
      <RouterProvider router={router} />
      {lockedUser && <LockOverlay lockedUser={lockedUser} recentUsers={recentUsers} />}
    </>
  );
}
