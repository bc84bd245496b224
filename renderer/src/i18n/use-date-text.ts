import { useMemo } from 'react';
import { useLanguage } from './use-language';
import { intlLocales } from './locales';

/** One formatter per language for the page's life: building one loads the calendar patterns, which a slow PC feels. */
const formats = new Map<string, Intl.DateTimeFormat>();

function calendarFormat(locale: string): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format;
}

/**
 * A calendar date ('YYYY-MM-DD') as the language writes it: 2026年11月3日 /
 * 3 Nov 2026. Read as UTC so the day never shifts with the time zone.
 */
export function useDateText(): (iso: string) => string {
  const language = useLanguage();
  return useMemo(() => {
    const locale = intlLocales[language];
    return (iso: string) => {
      const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? iso : calendarFormat(locale).format(date);
    };
  }, [language]);
}
