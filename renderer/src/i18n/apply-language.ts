import dayjs from 'dayjs';
import type { Language } from '../../../shared/i18n';
import { i18n } from './i18n';
import { dayjsLocales, intlLocales } from './locales';

/** Switch every language-dependent piece together: messages, dates, the document's `lang`. */
export async function applyLanguage(language: Language): Promise<void> {
  dayjs.locale(dayjsLocales[language]);
  document.documentElement.lang = intlLocales[language];
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.title = i18n.t('common:appName');
}
