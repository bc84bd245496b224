import { describe, expect, it } from 'vitest';
import { type Messages, namespaces } from '../../shared/i18n/index';
import domain from '../../shared/i18n/domain';
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

const catalogues = { ...namespaces, domain };

describe('catalogues', () => {
  it.each(Object.entries(catalogues))('%s has the same keys in zh-CN and en', (_name, cat) => {
    expect(keys(cat.en).sort()).toEqual(keys(cat['zh-CN']).sort());
  });

  it('every validation code has a message in both languages', () => {
    for (const code of VALIDATION_CODES) {
      expect(has(namespaces.errors?.['zh-CN'], code), `zh-CN ${code}`).toBe(true);
      expect(has(namespaces.errors?.en, code), `en ${code}`).toBe(true);
    }
  });

  it('every domain label key exists', () => {
    const labelKeys = [
      ...ABILITY_ITEMS.flatMap((i) => [i.labelKey, ...i.options.map((o) => o.labelKey)]),
      ...ABILITY_LEVELS.map(abilityLevelLabelKey),
      ...CATEGORY_CODES.map(categoryLabelKey),
      ...RISK_CODES.map(riskLabelKey),
    ];
    for (const key of labelKeys) {
      const path = key.replace(/^domain:/, '');
      expect(has(domain['zh-CN'], path), key).toBe(true);
      expect(has(domain.en, path), key).toBe(true);
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
