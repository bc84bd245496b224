import { useMemo } from 'react';
import { useLanguage } from '../../../i18n/use-language';
import { intlLocales } from '../../../i18n/locales';

/**
 * A date on a bed card without its year ("11月29日" / "29 Nov"): the card is
 * narrow, and a return expected within days needs no year to be read.
 */
export function useShortDate(): (iso: string) => string {
  const language = useLanguage();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocales[language], {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    return (iso: string) => {
      const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [language]);
}
