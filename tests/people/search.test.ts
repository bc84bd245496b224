import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameSortKey, nameSpellings } from '../../electron/core/people/pinyin';
import { PeopleSearchIndex } from '../../electron/core/people/search-index';
import { idNumber, openTestApp, personInput, scoresAll } from './helpers';
import type { TestApp } from './helpers';

describe('pinyin spellings', () => {
  it('reads polyphonic surnames as surnames, keeping the everyday reading too', () => {
    expect(nameSpellings('单雄信').full).toContain('shanxiongxin');
    expect(nameSpellings('单雄信').full).toContain('danxiongxin');
    expect(nameSpellings('曾国藩').initials[0]).toBe('zgf');
    expect(nameSpellings('解缙').full[0]).toBe('xiejin');
    expect(nameSpellings('张三丰')).toEqual({ full: ['zhangsanfeng'], initials: ['zsf'] });
  });

  it('re-spells only people whose record changed', () => {
    const index = new PeopleSearchIndex();
    const base = {
      ...personInput('张三丰'),
      id: 'p-0000001',
      createdAt: 'x',
      updatedAt: '1',
      status: 'active' as const,
      incomplete: false,
    };
    index.sync([base]);
    expect(index.search('zsf')).toEqual(new Set(['p-0000001']));
    index.sync([{ ...base, name: '李四', updatedAt: '2' }]);
    expect(index.search('zsf')).toEqual(new Set());
    expect(index.search('ls')).toEqual(new Set(['p-0000001']));
    expect(index.search('  ')).toBeNull();
  });
});

describe('name order', () => {
  it('compares names syllable by syllable, as Chinese lists do', () => {
    const byKey = (a: string, b: string) =>
      nameSortKey(a) < nameSortKey(b) ? -1 : nameSortKey(a) > nameSortKey(b) ? 1 : 0;
    expect(['林凤兰', '李庆丰', '李良才'].sort(byKey)).toEqual(['李良才', '李庆丰', '林凤兰']);
    // A name that is the start of another comes first; surnames keep their surname reading.
    expect(['张三丰', '张三'].sort(byKey)).toEqual(['张三', '张三丰']);
    expect(nameSortKey('曾秀英').startsWith('zeng ')).toBe(true);
  });

  it('people.list sorted by name puts 李良才 and 李庆丰 before 林凤兰', async () => {
    const app = await openTestApp();
    try {
      await app.ok('people.create', personInput('林凤兰', '19400101', '022'));
      await app.ok('people.create', personInput('李庆丰', '19410101', '011'));
      await app.ok('people.create', personInput('李良才', '19420101', '013'));
      const asc = await app.ok('people.list', { sort: { field: 'name', order: 'asc' } });
      expect(asc.items.map((i) => i.name)).toEqual(['李良才', '李庆丰', '林凤兰']);
      const desc = await app.ok('people.list', { sort: { field: 'name', order: 'desc' } });
      expect(desc.items.map((i) => i.name)).toEqual(['林凤兰', '李庆丰', '李良才']);
    } finally {
      await app.close();
    }
  });
});

describe('people.list: search, filters, sort, pages', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await openTestApp();
    const add = async (name: string, birth: string, seq: string, extra: Record<string, unknown> = {}) => {
      const person = await app.ok('people.create', personInput(name, birth, seq, extra));
      ids[name] = person.id;
    };
    await add('张三丰', '19400312', '011', {
      phone: '13800001111',
      village: '青山村',
      services: ['dayCare'],
    });
    await add('张三', '19500101', '013', { village: '绿水村', services: ['homeService'] });
    await add('曾秀英', '19450601', '022', {
      village: '青山村',
      services: ['residential'],
      categories: [{ category: 'minimumLiving', from: '2020-01-01' }],
    });
    await add('单桂兰', '19380909', '024', { phone: '13912345678' });
    await add('王德福', '19420202', '031', { services: ['residential'] });
    // Assessed: 王德福 at level 2 (total 50).
    let left = 50;
    const scores = scoresAll((_code, max) => {
      const v = Math.min(max, left);
      left -= v;
      return v;
    });
    await app.ok('assessments.saveAbility', {
      personId: ids['王德福'] ?? '',
      standard: 'GB/T 42195-2022',
      date: '2026-01-10',
      reason: 'first',
      assessors: ['评估员甲', '评估员乙'],
      scores,
      factors: { coma: false, dementia: false, psychiatric: false, riskEvents30d: {} },
      notes: '',
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const names = async (query: Parameters<TestApp['ok']>[1] & object) =>
    (await app.ok('people.list', query as never)).items.map((i) => i.name);

  it('finds 张三丰 by initials zsf', async () => {
    expect(await names({ query: 'zsf' })).toEqual(['张三丰']);
    expect(await names({ query: 'ZS' })).toEqual(['张三', '张三丰']);
  });

  it('finds by full pinyin, from the start or the given name only', async () => {
    expect(await names({ query: 'zhangsanfeng' })).toEqual(['张三丰']);
    expect(await names({ query: 'zhang san' })).toEqual(['张三', '张三丰']);
    expect(await names({ query: 'sanfeng' })).toEqual(['张三丰']);
    expect(await names({ query: 'zengxiuying' })).toEqual(['曾秀英']);
    expect(await names({ query: 'shangui' })).toEqual(['单桂兰']);
  });

  it('finds by Chinese name, ID number fragment and phone', async () => {
    expect(await names({ query: '三丰' })).toEqual(['张三丰']);
    expect(await names({ query: idNumber('19450601', '022').slice(6, 14) })).toEqual(['曾秀英']);
    expect(await names({ query: idNumber('19450601', '022') })).toEqual(['曾秀英']);
    expect(await names({ query: '1391234' })).toEqual(['单桂兰']);
    expect(await names({ query: '139-1234-5678' })).toEqual(['单桂兰']);
  });

  it('filters by service, village, category, ability level, incomplete', async () => {
    expect(await names({ service: 'residential' })).toEqual(['王德福', '曾秀英']);
    expect(await names({ village: '青山村' })).toEqual(['曾秀英', '张三丰']);
    expect(await names({ category: 'minimumLiving' })).toEqual(['曾秀英']);
    expect(await names({ abilityLevel: 2 })).toEqual(['王德福']);
    expect((await names({ abilityLevel: 'none' })).length).toBe(4);
    expect(await names({ incomplete: true })).toEqual([]);
    expect(await names({ status: 'deceased' })).toEqual([]);
  });

  it('combines the text search with filters', async () => {
    expect(await names({ query: 'zs', service: 'dayCare' })).toEqual(['张三丰']);
  });

  it('sorts by name in pinyin order, by age, by level, by village', async () => {
    expect(await names({})).toEqual(['单桂兰', '王德福', '曾秀英', '张三', '张三丰']);
    expect(await names({ sort: { field: 'name', order: 'desc' } })).toEqual([
      '张三丰',
      '张三',
      '曾秀英',
      '王德福',
      '单桂兰',
    ]);
    expect(await names({ sort: { field: 'age', order: 'desc' } })).toEqual([
      '单桂兰',
      '张三丰',
      '王德福',
      '曾秀英',
      '张三',
    ]);
    expect((await names({ sort: { field: 'level', order: 'desc' } }))[0]).toBe('王德福');
    expect(await names({ sort: { field: 'village', order: 'asc' } })).toEqual([
      '张三',
      '曾秀英',
      '张三丰',
      '单桂兰',
      '王德福',
    ]);
  });

  it('pages with offset and limit and reports the total', async () => {
    const first = await app.ok('people.list', { limit: 2 });
    const second = await app.ok('people.list', { limit: 2, offset: 2 });
    expect(first.total).toBe(5);
    expect(first.items.map((i) => i.name)).toEqual(['单桂兰', '王德福']);
    expect(second.items.map((i) => i.name)).toEqual(['曾秀英', '张三']);
  });

  it('list items carry age, services, categories, level and flags', async () => {
    const [item] = (await app.ok('people.list', { query: 'zxy' })).items;
    expect(item).toMatchObject({
      name: '曾秀英',
      sex: 'female',
      birthDate: '1945-06-01',
      village: '青山村',
      services: ['residential'],
      categories: ['minimumLiving'],
      abilityLevel: null,
      incomplete: false,
      reassessmentDue: true,
    });
    expect(item?.age).toBeGreaterThanOrEqual(80);
  });

  it('rejects a page size above 500 with a validation error', async () => {
    const result = await app.call('people.list', { limit: 501 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.[0]?.path).toBe('limit');
  });

  it('finds a person right after an update renames them', async () => {
    const id = ids['张三'] ?? '';
    await app.ok('people.update', {
      id,
      person: personInput('李四', '19500101', '013', { village: '绿水村' }),
    });
    expect(await names({ query: 'ls' })).toEqual(['李四']);
    expect(await names({ query: 'zs' })).toEqual(['张三丰']);
  });
});
