import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/i18n';
import { AntdProvider } from './AntdProvider';
import { QueryProvider } from './api/QueryProvider';
import { AppGate } from './AppGate';

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
