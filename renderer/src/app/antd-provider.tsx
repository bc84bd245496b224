import type { ReactNode } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
import { useLanguage } from '../i18n/use-language';
import { antdLocales } from '../i18n/locales';
import { theme } from './theme';

/** antd's own texts (pagination, modals, empty states) follow the chosen language. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return (
    <ConfigProvider locale={antdLocales[language]} theme={theme} button={{ autoInsertSpace: false }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
