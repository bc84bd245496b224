import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import type { Language } from '../../../shared/i18n';

/** antd and dayjs name the same language differently; keep the mapping in one place. */
export const antdLocales: Record<Language, Locale> = { 'zh-CN': zhCN, en: enUS };
export const dayjsLocales: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };
/** BCP 47 tag for Intl and the `lang` attribute. */
export const intlLocales: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };
