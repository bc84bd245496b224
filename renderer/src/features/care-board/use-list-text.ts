import { useMemo } from 'react';
import { useLanguage } from '../../i18n/use-language';
import { intlLocales } from '../../i18n/locales';

/** Names joined as the language lists them: 张三、李四和王五 / Zhang, Li and Wang. */
export function useListText(): (items: readonly string[]) => string {
  const language = useLanguage();
  return useMemo(() => {
    const format = new Intl.ListFormat(intlLocales[language], { style: 'long', type: 'conjunction' });
    return (items: readonly string[]) => format.format(items);
  }, [language]);
}
