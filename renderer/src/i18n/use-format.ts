import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './use-language';
import { intlLocales } from './locales';

export interface Formatters {
  dateTime(iso: string): string;
  /** With seconds: backups made a moment apart must be told apart. */
  dateTimePrecise(iso: string): string;
  number(value: number): string;
  bytes(size: number): string;
}

/** Dates, numbers and file sizes written the way the current language writes them. */
export function useFormat(): Formatters {
  const language = useLanguage();
  const { t } = useTranslation('common');
  return useMemo(() => {
    const locale = intlLocales[language];
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const precise = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    const written = (format: Intl.DateTimeFormat, iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
    const integer = new Intl.NumberFormat(locale);
    const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      dateTime: (iso) => written(dateTime, iso),
      dateTimePrecise: (iso) => written(precise, iso),
      number: (value) => integer.format(value),
      bytes: (size) => {
        if (size < 1024) return t('units.bytes', { value: integer.format(size) });
        if (size < 1024 * 1024) return t('units.kb', { value: decimal.format(size / 1024) });
        return t('units.mb', { value: decimal.format(size / (1024 * 1024)) });
      },
    };
  }, [language, t]);
}
