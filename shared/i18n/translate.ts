import type { Language, Messages } from './types';
import type { MessageKey, Namespace, QualifiedKey } from './keys';
import { resources } from './index';

const cache = resources();

function lookup(tree: Messages | undefined, path: string): string | undefined {
  let node: string | Messages | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** What `translate` accepts with default namespace NS: a bare key of NS, or any `namespace:key`. */
export type TranslateKey<NS extends Namespace> = MessageKey<NS> | QualifiedKey;

/**
 * A key written in the code (a literal, or a template over a union such as
 * `people.export.column.${ColumnKey}`) must name a message, else `tsc` fails.
 * A plain `string` passes: it is a code that only exists at run time (a
 * CareError's code, a problem found by verify) and is checked there, by falling
 * back to the key itself.
 */
export type CheckedKey<K extends string, NS extends Namespace> = string extends K
  ? K
  : K extends TranslateKey<NS>
    ? K
    : TranslateKey<NS>;

/**
 * Translate `namespace:key` (or a bare key in `defaultNs`) without i18next, for
 * the main process and the command line. Falls back to zh-CN, then to the key
 * itself so that a missing message is visible rather than silent.
 */
export function translate<K extends string, NS extends Namespace = 'errors'>(
  language: Language,
  key: CheckedKey<K, NS>,
  params: Record<string, string | number> = {},
  defaultNs: NS = 'errors' as NS,
): string {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [defaultNs, key];
  const template = lookup(cache[language][ns], path) ?? lookup(cache['zh-CN'][ns], path) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    params[name] === undefined ? `{{${name}}}` : String(params[name]),
  );
}

/** `translate` bound to one language and default namespace, with the same key check. */
export type Translator<NS extends Namespace> = <K extends string>(
  key: CheckedKey<K, NS>,
  params?: Record<string, string | number>,
) => string;

export function translator<NS extends Namespace = 'errors'>(
  language: Language,
  defaultNs: NS = 'errors' as NS,
): Translator<NS> {
  return (key, params = {}) => translate(language, key, params, defaultNs);
}
