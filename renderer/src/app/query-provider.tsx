import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { i18n } from '../i18n/i18n';
import { createQueryClient } from './create-query-client';
import { errorText } from '../api/error-text';

/** Provides react-query and shows every failed call as an antd notification. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const { notification } = App.useApp();
  const [client] = useState(() =>
    createQueryClient((error) => {
      // The global instance, not a hook's `t`: this closure outlives language switches.
      notification.error({
        title: i18n.t('common:errors.title'),
        description: errorText(error),
        placement: 'top',
      });
    }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
