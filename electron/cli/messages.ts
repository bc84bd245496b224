import cliCatalogue from '../../shared/i18n/cli';
import { translate } from '../../shared/i18n/translate';
import { pickLanguage, type Language, type Messages } from '../../shared/i18n/types';
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

function lookup(tree: Messages | undefined, path: string): string | undefined {
  let node: string | Messages | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type Params = Record<string, string | number>;

/** A translator bound to one language: `t('seed.done', {...})` for cli keys. */
export interface Messenger {
  language: Language;
  t(key: string, params?: Params): string;
  /** Translate a CareError (or anything thrown) into one readable line, without a stack. */
  error(err: unknown): string;
}

export function messenger(language: Language): Messenger {
  const t = (key: string, params: Params = {}): string => {
    const template = lookup(cliCatalogue[language], key) ?? lookup(cliCatalogue['zh-CN'], key) ?? key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
      params[name] === undefined ? `{{${name}}}` : String(params[name]),
    );
  };
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
