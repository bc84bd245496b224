import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from './createQueryClient';
import { errorText } from './errorText';

/** Provides react-query and shows every failed call as an antd notification. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const { notification } = App.useApp();
  const { t } = useTranslation('common');
  const [client] = useState(() =>
    createQueryClient((error) => {
      notification.error({ title: t('errors.title'), description: errorText(error), placement: 'top' });
    }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
