import { RouterProvider } from 'react-router-dom';
import { useAppState } from './api/useAppState';
import { useLanguageSync } from './i18n/useLanguageSync';
import { FullPageSpin } from './components/FullPageSpin';
import { StartupError } from './components/StartupError';
import { SetupPage } from './pages/SetupPage';
import { router } from './router';

/**
 * Decides the first screen: first-run setup, or the app itself. A read-only
 * folder skips setup, because nothing could be saved and the way out (restoring
 * a backup) is in Settings.
 */
export function AppGate() {
  const state = useAppState();
  useLanguageSync(state.data?.language);
  if (state.isPending) return <FullPageSpin />;
  if (state.isError) return <StartupError onRetry={() => void state.refetch()} />;
  if (state.data.needsSetup && state.data.readOnly === null) return <SetupPage />;
  return <RouterProvider router={router} />;
}
