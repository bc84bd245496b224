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
  /** A short list in the language's own way: 跌倒、噎食 / falls, choking. */
  list: (items: readonly string[]) => string;
}

/**
 * Builds a formatter on its first use and keeps it for the page's life. A date
 * formatter with dateStyle/timeStyle loads the language's calendar patterns,
 * about 100 ms on a slow PC: the first screen only writes numbers, so it must
 * not pay for dates, and a component that mounts again must not pay twice.
 */
function cached<T>(build: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= build());
}

interface IntlFormats {
  dateTime: () => Intl.DateTimeFormat;
  precise: () => Intl.DateTimeFormat;
  integer: () => Intl.NumberFormat;
  decimal: () => Intl.NumberFormat;
  list: () => Intl.ListFormat;
}

const byLocale = new Map<string, IntlFormats>();

function intlFormats(locale: string): IntlFormats {
  let formats = byLocale.get(locale);
  if (!formats) {
    formats = {
      dateTime: cached(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })),
      precise: cached(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' })),
      integer: cached(() => new Intl.NumberFormat(locale)),
      decimal: cached(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })),
      // Narrow: no "and" before the last item, which reads wrong in a label such as "High risks: …".
      list: cached(() => new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' })),
    };
    byLocale.set(locale, formats);
  }
  return formats;
}

function written(format: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

/**
 * Whole numbers below a thousand are written the same in every language the
 * app speaks (ASCII digits, no grouping), so they need no Intl.NumberFormat:
 * building the first one costs about 60 ms on a slow PC, and the first screen
 * only shows bed counts.
 */
function plainInteger(value: number): string | undefined {
  return Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : undefined;
}

/** Dates, numbers and file sizes written the way the current language writes them. */
export function useFormat(): Formatters {
  const language = useLanguage();
  const { t } = useTranslation('common');
  return useMemo(() => {
    const { dateTime, precise, integer, decimal, list } = intlFormats(intlLocales[language]);
    return {
      dateTime: (iso) => written(dateTime(), iso),
      dateTimePrecise: (iso) => written(precise(), iso),
      number: (value) => plainInteger(value) ?? integer().format(value),
      bytes: (size) => {
        if (size < 1024) return t('units.bytes', { value: integer().format(size) });
        if (size < 1024 * 1024) return t('units.kb', { value: decimal().format(size / 1024) });
        return t('units.mb', { value: decimal().format(size / (1024 * 1024)) });
      },
      list: (items) => list().format(items),
    };
  }, [language, t]);
}
