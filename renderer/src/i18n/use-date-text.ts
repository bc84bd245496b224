import { useMemo } from 'react';
import { useLanguage } from './use-language';
import { intlLocales } from './locales';

/**
 * A calendar date ('YYYY-MM-DD') as the language writes it: 2026年11月3日 /
 * 3 Nov 2026. Read as UTC so the day never shifts with the time zone.
 */
export function useDateText(): (iso: string) => string {
  const language = useLanguage();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocales[language], { dateStyle: 'medium', timeZone: 'UTC' });
    return (iso: string) => {
      const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [language]);
}
