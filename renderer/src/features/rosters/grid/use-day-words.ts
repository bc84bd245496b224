import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocales } from '../../../i18n/locales';
import { useLanguage } from '../../../i18n/use-language';

/** Monday 2024-01-01, so weekday n (1 = Monday … 7 = Sunday) is day n of that week. */
const A_MONDAY = Date.UTC(2024, 0, 1);

/**
 * The words of a roster's calendar in the current language: the weekday under
 * a day number (一/二… or Mon/Tue…), and a period's title.
 */
export function useDayWords() {
  const language = useLanguage();
  const { t } = useTranslation('rostersUi');
  return useMemo(() => {
    const locale = intlLocales[language];
    const weekdayFormat = new Intl.DateTimeFormat(locale, {
      weekday: language === 'zh-CN' ? 'narrow' : 'short',
      timeZone: 'UTC',
    });
    const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const shortDate = new Intl.DateTimeFormat(locale, {
      month: language === 'zh-CN' ? 'long' : 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    const weekdays = Array.from({ length: 7 }, (_, i) =>
      weekdayFormat.format(new Date(A_MONDAY + i * 86_400_000)),
    );
    return {
      weekday: (n: number) => weekdays[(n - 1 + 7) % 7] ?? '',
      /** 3月5日 / 5 Mar: a date inside a roster, where the year is known. */
      shortDate: (iso: string) => shortDate.format(new Date(`${iso}T00:00:00Z`)),
      monthTitle: (month: string, key: 'grid.monthTitle' | 'print.title' = 'grid.monthTitle') => {
        const [year, m] = month.split('-').map(Number) as [number, number];
        return t(key, {
          year,
          month: m,
          monthName: monthFormat.format(new Date(Date.UTC(year, m - 1, 1))),
        });
      },
    };
  }, [language, t]);
}
