/**
 * One idea, one name: the same thing is called the same in every screen, print
 * and export, in both languages, so a clerk never wonders whether 资料不全 and
 * 信息不全 are two different flags.
 */
import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n/index';
import type { Messages } from '../../shared/i18n/types';

function strings(tree: Messages): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));
}

const all = resources();
const zh = Object.values(all['zh-CN']).flatMap(strings);
const en = Object.values(all.en).flatMap(strings);

describe('one idea, one name', () => {
  it('categories are 人员类别 / Category, never a subsidy or guarantee category', () => {
    for (const other of ['补贴类别', '保障类别']) expect(zh.filter((s) => s.includes(other))).toEqual([]);
    expect(en.filter((s) => /support categor/i.test(s))).toEqual([]);
    expect(zh.some((s) => s.includes('人员类别'))).toBe(true);
  });

  it('a record without an ID number is 资料不全 everywhere', () => {
    expect(zh.filter((s) => s.includes('信息不全'))).toEqual([]);
  });

  it('the village is 所在村 everywhere it names the elder’s village', () => {
    expect(zh.filter((s) => s.includes('所属村'))).toEqual([]);
    const people = all['zh-CN'].people as Messages;
    const columns = people.columns as Messages;
    expect(columns.village).toBe('所在村');
  });
});
