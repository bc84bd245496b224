import { translate, translator, type Translator } from '../../shared/i18n/translate';
import { pickLanguage, type Language } from '../../shared/i18n/types';
import { isCareError } from '../../shared/errors';

/**
 * Output language: --lang wins; otherwise the locale environment (LC_ALL, then
 * LC_MESSAGES, then LANG, as POSIX orders them); Chinese when nothing says otherwise.
 */
export function languageFrom(flag: string | undefined, env: NodeJS.ProcessEnv): Language | null {
  if (flag !== undefined) {
    if (flag === 'zh-CN' || flag === 'zh') return 'zh-CN';
    if (flag === 'en') return 'en';
    return null;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return pickLanguage(locale ? [locale] : []);
}

export type Params = Record<string, string | number>;

/** A translator bound to one language: `t('seed.done', {...})` for cli keys. */
export interface Messenger {
  language: Language;
  t: Translator<'cli'>;
  /** Translate a CareError (or anything thrown) into one readable line, without a stack. */
  error(err: unknown): string;
}

export function messenger(language: Language): Messenger {
  // Bare keys live in the cli namespace; the shared translator does the lookup and interpolation.
  const t = translator(language, 'cli');
  const error = (err: unknown): string => {
    if (isCareError(err)) {
      const text = translate(language, err.code, err.params);
      const fields = err.fields.map((f) => `${f.path}: ${translate(language, f.code, f.params ?? {})}`);
      return [text, ...fields].join('\n  ');
    }
    return err instanceof Error ? err.message : String(err);
  };
  return { language, t, error };
}
