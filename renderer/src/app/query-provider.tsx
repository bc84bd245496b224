import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { i18n } from '../i18n/i18n';
import { createQueryClient } from './create-query-client';
import { errorText } from '../api/error-text';
import { ApiError } from '../api/api-error';
import { refreshAuthState } from '../features/auth';

/** Refusals the sign-in screens show beside their fields; a notification would say it twice. */
const SHOWN_BESIDE_FIELDS = new Set([
  'auth.badCredentials',
  'auth.throttled',
  'auth.disabled',
  'auth.wrongPassword',
]);

/**
 * Provides react-query and shows every failed call as an antd notification.
 * `auth.required` is no failure to show: the screen was locked or the user
 * signed out, and re-reading the sign-in state brings up the right screen.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const { notification } = App.useApp();
  const [client] = useState(() => {
    const made: QueryClient = createQueryClient((error) => {
      if (error instanceof ApiError && error.code === 'auth.required') {
        void refreshAuthState(made);
        return;
      }
      if (error instanceof ApiError && SHOWN_BESIDE_FIELDS.has(error.code)) return;
      // The global instance, not a hook's `t`: this closure outlives language switches.
      notification.error({
        title: i18n.t('common:errors.title'),
        description: errorText(error),
        placement: 'top',
      });
    });
    return made;
  });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
