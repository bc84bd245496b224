import type { Catalogue, Language, Messages } from './types';
import storeErrors from './errors.store';
import validationErrors from './errors.validation';
import ipcErrors from './errors.ipc';
import common from './common';
import app from './app';
import setup from './setup';
import settings from './settings';
import domain from './domain';
import cli from './cli';
import peopleErrors from './errors.people';
import importLimitErrors from './errors.import-limits';
import people from './people';
import assessment from './assessment';
import print from './print';
import menu from './menu';
import start from './start';

export * from './types';

function deepMerge(target: Messages, source: Messages): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') deepMerge(existing, value);
    else target[key] = typeof value === 'object' ? structuredClone(value) : value;
  }
}

/** Joins catalogues key by key, so two layers may both add messages under one prefix. */
function merge(...parts: Catalogue[]): Catalogue {
  const out: Catalogue = { 'zh-CN': {}, en: {} };
  for (const part of parts) {
    deepMerge(out['zh-CN'], part['zh-CN']);
    deepMerge(out.en, part.en);
  }
  return out;
}

/** Every namespace, keyed by name. `errors` gathers the error catalogues of each layer. */
export const namespaces: Record<string, Catalogue> = {
  errors: merge(storeErrors, validationErrors, ipcErrors, peopleErrors, importLimitErrors),
  common,
  app,
  setup,
  settings,
  domain,
  cli,
  people,
  assessment,
  print,
  menu,
  start,
};

/** i18next `resources` object: { lang: { namespace: messages } }. */
export function resources(): Record<Language, Record<string, Messages>> {
  const out: Record<Language, Record<string, Messages>> = { 'zh-CN': {}, en: {} };
  for (const [ns, cat] of Object.entries(namespaces)) {
    out['zh-CN'][ns] = cat['zh-CN'];
    out.en[ns] = cat.en;
  }
  return out;
}
