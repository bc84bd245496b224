import type { Language } from '../../shared/i18n/types';
import { translate } from '../../shared/i18n/translate';

/** Looks up an application-menu label (namespace `menu`), falling back to Chinese. */
export function menuLabel(language: Language, key: string, params: Record<string, string> = {}): string {
  return translate(language, `menu:${key}`, params);
}
