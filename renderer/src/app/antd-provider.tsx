import { useMemo, type ReactNode } from 'react';
import { App as AntdApp, ConfigProvider } from 'antd';
import { useLanguage } from '../i18n/use-language';
import { antdLocales } from '../i18n/locales';
import { theme } from './theme';
import { useReducedMotion } from './use-reduced-motion';

/**
 * antd's own texts (pagination, modals, empty states) follow the chosen
 * language; its animations are switched off when the system asks for less motion.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const language = useLanguage();
  const reducedMotion = useReducedMotion();
  const themeInUse = useMemo(
    () => (reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme),
    [reducedMotion],
  );
  return (
    <ConfigProvider locale={antdLocales[language]} theme={themeInUse} button={{ autoInsertSpace: false }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
