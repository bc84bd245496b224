import { Suspense, useEffect } from 'react';
import { RouterProvider } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useAppState } from './queries';
import { useLanguageSync } from '../i18n/use-language-sync';
import { FullPageSpin } from '../components/full-page-spin';
import { StartupError } from './startup-error';
import { SetupPage, centerQuery } from '../features/center';
import { router } from './router';

/**
 * Decides the first screen: first-run setup, or the app itself. A read-only
 * folder skips setup, because nothing could be saved and the way out (restoring
 * a backup) is in Settings.
 */
export function AppGate() {
  const state = useAppState();
  // The header of every page names the center: ask for it beside the app state, not
  // after it. From an effect, so the app state (which decides everything) is asked first.
  const client = useQueryClient();
  useEffect(() => void client.prefetchQuery(centerQuery), [client]);
  useLanguageSync(state.data?.language);
  if (state.isPending) return <FullPageSpin />;
  if (state.isError) return <StartupError onRetry={() => void state.refetch()} />;
  if (state.data.needsSetup && state.data.readOnly === null)
    return (
      <Suspense fallback={<FullPageSpin />}>
        <SetupPage />
      </Suspense>
    );
  return <RouterProvider router={router} />;
}
