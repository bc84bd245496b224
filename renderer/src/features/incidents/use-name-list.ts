import { useMemo } from 'react';
import { useLanguage } from '../../i18n/use-language';
import { intlLocales } from '../../i18n/locales';

/** Names joined the way the language writes a list (张三和李四 / Zhang San and Li Si). */
export function useNameList(): (names: readonly string[]) => string {
  const language = useLanguage();
  return useMemo(() => {
    const format = new Intl.ListFormat(intlLocales[language], { style: 'long', type: 'conjunction' });
    return (names) => format.format(names);
  }, [language]);
}
