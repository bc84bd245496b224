/**
 * The app runs in a desktop window with no refresh button: messages of the
 * elders, assessments and app screens never ask the clerk to "refresh".
 */
import { describe, expect, it } from 'vitest';
import app from '../../shared/i18n/app';
import assessments from '../../shared/i18n/assessments';
import people from '../../shared/i18n/people';
import type { Bilingual, FeatureStrings, StringTree } from '../../shared/i18n/types';

function isBilingual(node: Bilingual | StringTree): node is Bilingual {
  return Array.isArray(node);
}

function texts(tree: StringTree): string[] {
  return Object.values(tree).flatMap((node) => (isBilingual(node) ? [...node] : texts(node)));
}

describe('words a desktop app can keep', () => {
  it.each([
    ['app', app],
    ['assessments', assessments],
    ['people', people],
  ] as [string, FeatureStrings][])('%s never asks to refresh', (_name, feature) => {
    const all = Object.values(feature).flatMap(texts);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((text) => /刷新|refresh/i.test(text))).toEqual([]);
  });
});
