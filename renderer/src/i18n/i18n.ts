import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, namespaces, resources } from '../../../shared/i18n';

/**
 * One i18next instance for the whole renderer, fed from the shared catalogues so
 * the main process and the screens speak with the same words. It starts in the
 * default language; `useLanguageSync` switches it once the saved choice is known.
 */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: resources(),
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  ns: Object.keys(namespaces),
  defaultNS: 'common',
  // React escapes output already; double escaping would show &amp; to the user.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
