import { describe, expect, it } from 'vitest';
import {
  type FeatureStrings,
  type Messages,
  type StringTree,
  features,
  joinFeatures,
  namespaces,
} from '../../shared/i18n/index';
import {
  AbilityAssessmentInputSchema,
  CORE_COLLECTIONS,
  CORE_SINGLETONS,
  CenterSetupInputSchema,
  HandoverSchema,
  IncidentSchema,
  NoteSchema,
  PersonInputSchema,
  RiskAssessmentInputSchema,
  SHARD_KINDS,
  SettingsInputSchema,
  UserInputSchema,
  VALIDATION_CODES,
} from '../../shared/schema';
import { ABILITY_ITEMS, ABILITY_LEVELS, abilityLevelLabelKey } from '../../shared/domain/ability';
import { CATEGORY_CODES, categoryLabelKey } from '../../shared/domain/categories';
import { RISK_CODES, riskLabelKey } from '../../shared/domain/risk';
import type { z } from 'zod';

function keys(tree: Messages, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

function has(tree: Messages | undefined, path: string): boolean {
  let node: Messages | string | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return false;
    node = node[part];
  }
  return typeof node === 'string' && node.trim().length > 0;
}

/** Every leaf of a feature tree as [path, value], whatever its shape, so a malformed leaf shows up. */
function leaves(tree: StringTree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]): [string, unknown][] =>
    Array.isArray(v) ? [[`${prefix}${k}`, v]] : leaves(v as StringTree, `${prefix}${k}.`),
  );
}

describe('catalogues', () => {
  it.each(Object.entries(namespaces))('%s has the same keys in zh-CN and en', (_name, cat) => {
    expect(keys(cat.en).sort()).toEqual(keys(cat['zh-CN']).sort());
  });

  it('every message is written in both languages, side by side', () => {
    const malformed = features.flatMap((feature: FeatureStrings) =>
      Object.entries(feature).flatMap(([ns, tree]) =>
        leaves(tree)
          .filter(
            ([, pair]) =>
              !(
                Array.isArray(pair) &&
                pair.length === 2 &&
                pair.every((text) => typeof text === 'string' && text.trim() !== '')
              ),
          )
          .map(([path]) => `${ns}:${path}`),
      ),
    );
    expect(malformed).toEqual([]);
  });

  it('joins features that share a namespace, each language apart', () => {
    const joined = joinFeatures([
      { errors: { people: { notFound: ['找不到', 'Not found'] } } },
      { errors: { people: { reassessment: { never: ['从未评估', 'Never assessed'] } } } },
    ]);
    expect(joined.errors).toEqual({
      'zh-CN': { people: { notFound: '找不到', reassessment: { never: '从未评估' } } },
      en: { people: { notFound: 'Not found', reassessment: { never: 'Never assessed' } } },
    });
  });

  it('refuses two features writing the same key', () => {
    expect(() =>
      joinFeatures([
        { settings: { title: ['设置', 'Settings'] } },
        { settings: { title: ['备份', 'Backups'] } },
      ]),
    ).toThrow('settings:title');
    expect(() =>
      joinFeatures([
        { settings: { backups: ['备份', 'Backups'] } },
        { settings: { backups: { title: ['备份', 'Backups'] } } },
      ]),
    ).toThrow('settings:backups');
  });

  it('every validation code has a message in both languages', () => {
    for (const code of VALIDATION_CODES) {
      expect(has(namespaces.errors['zh-CN'], code), `zh-CN ${code}`).toBe(true);
      expect(has(namespaces.errors.en, code), `en ${code}`).toBe(true);
    }
  });

  // Option keys are built from data at run time (their type is only as wide as the catalogue), so check them here.
  it('every domain label key exists', () => {
    const labelKeys = [
      ...ABILITY_ITEMS.flatMap((i) => [i.labelKey, ...i.options.map((o) => o.labelKey)]),
      ...ABILITY_LEVELS.map(abilityLevelLabelKey),
      ...CATEGORY_CODES.map(categoryLabelKey),
      ...RISK_CODES.map(riskLabelKey),
    ];
    for (const key of labelKeys) {
      const path = key.replace(/^domain:/, '');
      expect(has(namespaces.domain['zh-CN'], path), key).toBe(true);
      expect(has(namespaces.domain.en, path), key).toBe(true);
    }
  });
});

/**
 * Feed every schema garbage of several shapes and collect what it says: each
 * message must be a known validation code, never zod's English prose.
 */
describe('schemas emit only known codes', () => {
  const objectSchemas: [string, z.ZodType][] = [
    ...Object.entries(CORE_COLLECTIONS),
    ...Object.entries(CORE_SINGLETONS),
    ...Object.entries(SHARD_KINDS),
    ['handover', HandoverSchema],
    ['incident', IncidentSchema],
    ['note', NoteSchema],
    ['center input', CenterSetupInputSchema],
    ['person input', PersonInputSchema],
    ['settings input', SettingsInputSchema],
    ['ability input', AbilityAssessmentInputSchema],
    ['risk input', RiskAssessmentInputSchema],
    ['user input', UserInputSchema],
  ];
  const known = new Set<string>(VALIDATION_CODES);

  function fieldNames(schema: z.ZodType): string[] {
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
    return shape ? Object.keys(shape) : ['type', 'date', 'id'];
  }

  it.each(objectSchemas)('%s', (_name, schema) => {
    const fields = fieldNames(schema);
    const fill = (value: unknown) => Object.fromEntries(fields.map((f) => [f, value]));
    const samples: unknown[] = [
      undefined,
      null,
      42,
      {},
      fill(null),
      fill(-1.5),
      fill(''),
      fill('x'.repeat(5000)),
      fill([]),
      fill({}),
      fill(true),
      { ...fill('2026-02-30'), type: 'handover' },
      { ...fill([{}]), type: 'incident' },
    ];
    const messages = new Set<string>();
    for (const sample of samples) {
      const result = schema.safeParse(sample);
      for (const issue of result.error?.issues ?? []) messages.add(issue.message);
    }
    expect(messages.size).toBeGreaterThan(0);
    expect([...messages].filter((m) => !known.has(m))).toEqual([]);
  });
});
