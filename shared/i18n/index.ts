import type { Bilingual, Catalogue, FeatureStrings, Language, Messages, StringTree } from './types';
import app from './app';
import center from './center';
import settings from './settings';
import backups from './backups';
import people from './people';
import assessments from './assessments';
import careRecords from './care-records';
import printCommon from './print-common';
import store from './store';
import validation from './validation';
import ipc from './ipc';
import cli from './cli';
import menu from './menu';
import start from './start';
import auth from './auth';
import staff from './staff';
import beds from './beds';
import bedsBoard from './beds-board';
import bedsStays from './beds-stays';
import users from './users';
import audit from './audit';
import rounds from './rounds';
import roundsUi from './rounds-ui';
import handovers from './handovers';
import handoversUi from './handovers-ui';
import incidents from './incidents';
import incidentsUi from './incidents-ui';
import careBoard from './care-board';
import rosters from './rosters';
import rostersUi from './rosters-ui';

export * from './types';
export type * from './keys';

/**
 * Every feature's strings. Adding a feature: one file beside this one
 * (`shared/i18n/<feature>.ts`) and one line here; its keys are typed from then on.
 */
export const features = [
  app,
  center,
  settings,
  backups,
  people,
  assessments,
  careRecords,
  printCommon,
  store,
  validation,
  ipc,
  cli,
  menu,
  start,
  auth,
  staff,
  beds,
  bedsBoard,
  bedsStays,
  users,
  audit,
  rounds,
  roundsUi,
  handovers,
  handoversUi,
  incidents,
  incidentsUi,
  careBoard,
  rosters,
  rostersUi,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void
  ? I
  : never;
/** All features laid over each other: namespace → the union of what each feature puts there. */
export type AllStrings = UnionToIntersection<(typeof features)[number]>;

function isBilingual(node: Bilingual | StringTree): node is Bilingual {
  return Array.isArray(node);
}

/** Adds one feature's tree to one language's messages; two features writing the same key is a mistake. */
function addTree(target: Messages, source: StringTree, index: 0 | 1, path: string): void {
  for (const [key, node] of Object.entries(source)) {
    const existing = target[key];
    if (isBilingual(node)) {
      if (existing !== undefined) throw new Error(`i18n key defined twice: ${path}${key}`);
      target[key] = node[index];
    } else {
      if (typeof existing === 'string') throw new Error(`i18n key defined twice: ${path}${key}`);
      const branch: Messages = existing ?? {};
      target[key] = branch;
      addTree(branch, node, index, `${path}${key}.`);
    }
  }
}

/** Joins feature files into one catalogue per namespace; throws if two of them write the same key. */
export function joinFeatures(parts: readonly FeatureStrings[]): Record<string, Catalogue> {
  const out: Record<string, Catalogue> = {};
  for (const part of parts) {
    for (const [ns, tree] of Object.entries(part)) {
      const catalogue = (out[ns] ??= { 'zh-CN': {}, en: {} });
      addTree(catalogue['zh-CN'], tree, 0, `${ns}:`);
      addTree(catalogue.en, tree, 1, `${ns}:`);
    }
  }
  return out;
}

/** Every namespace, keyed by name, in the shape i18next reads: one tree per language. */
export const namespaces: Record<keyof AllStrings, Catalogue> = joinFeatures(features);

/** i18next `resources` object: { lang: { namespace: messages } }. */
export function resources(): Record<Language, Record<string, Messages>> {
  const out: Record<Language, Record<string, Messages>> = { 'zh-CN': {}, en: {} };
  for (const [ns, cat] of Object.entries(namespaces)) {
    out['zh-CN'][ns] = structuredClone(cat['zh-CN']);
    out.en[ns] = structuredClone(cat.en);
  }
  return out;
}
