import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n';
import { LANGUAGES, DEFAULT_LANGUAGE } from '../../../shared/i18n';

/** The language the screens are showing right now (re-renders when it changes). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const current = i18n.language;
  return (LANGUAGES as readonly string[]).includes(current) ? (current as Language) : DEFAULT_LANGUAGE;
}
