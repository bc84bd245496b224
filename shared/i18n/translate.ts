import type { Language, Messages } from './types';
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

/**
 * Translate `namespace:key` (or a bare key in `defaultNs`) without i18next, for
 * the main process and the command line. Falls back to zh-CN, then to the key
 * itself so that a missing message is visible rather than silent.
 */
export function translate(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
  defaultNs = 'errors',
): string {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [defaultNs, key];
  const template = lookup(cache[language][ns], path) ?? lookup(cache['zh-CN'][ns], path) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    params[name] === undefined ? `{{${name}}}` : String(params[name]),
  );
}
