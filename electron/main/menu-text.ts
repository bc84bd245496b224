import type { Language } from '../../shared/i18n/types';
import { translate } from '../../shared/i18n/translate';
import type { MessageKey } from '../../shared/i18n/keys';

/** Looks up an application-menu label (namespace `menu`), falling back to Chinese. */
export function menuLabel(
  language: Language,
  key: MessageKey<'menu'>,
  params: Record<string, string> = {},
): string {
  return translate(language, `menu:${key}`, params);
}
