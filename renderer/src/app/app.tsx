import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { AntdProvider } from './antd-provider';
import { QueryProvider } from './query-provider';
import { AppGate } from './app-gate';

/** Providers from the outside in: words, look, data; then the gate decides what to show. */
export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <AntdProvider>
        <QueryProvider>
          <AppGate />
        </QueryProvider>
      </AntdProvider>
    </I18nextProvider>
  );
}
