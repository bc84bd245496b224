import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toIsoDate } from '../../shared/domain/dates';
import { emptyHealth } from '../../shared/schema';
import { openTestApp } from './helpers';
import type { TestApp } from './helpers';

function withoutId(name: string, birthDate: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    sex: 'female' as const,
    birthDate,
    emergencyContacts: [],
    health: emptyHealth(),
    categories: [],
    ...extra,
  };
}

function yearsAgo(n: number): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() - n);
  return toIsoDate(d);
}

describe('birth dates the core refuses or asks about', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('refuses a birth date after today, in both languages, and stores nothing', async () => {
    const zh = await app.call('people.create', withoutId('未来人', '2030-01-01', { confirmAge: true }));
    expect(zh.ok).toBe(false);
    if (zh.ok) return;
    const field = zh.error.fields?.find((f) => f.path === 'birthDate');
    expect(field?.code).toBe('validation.person.birthInFuture');
    expect(field?.message).toBe('出生日期不能晚于今天');
    await app.setLanguage('en');
    const en = await app.call('people.create', withoutId('未来人', '2030-01-01', { confirmAge: true }));
    expect(!en.ok && en.error.fields?.find((f) => f.path === 'birthDate')?.message).toBe(
      'The birth date cannot be after today',
    );
    expect((await app.ok('people.list', {})).total).toBe(0);
  });

  it('asks to confirm an age under 40 or over 120, and saves once confirmed', async () => {
    for (const birth of [yearsAgo(39), yearsAgo(121)]) {
      const refused = await app.call('people.create', withoutId('年龄待核', birth));
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      const field = refused.error.fields?.find((f) => f.path === 'birthDate');
      expect(field?.code).toBe('validation.person.ageNeedsConfirmation');
      expect(field?.message).toMatch(/40–120/);
    }
    expect((await app.ok('people.list', {})).total).toBe(0);
    const saved = await app.ok('people.create', withoutId('年龄待核', yearsAgo(121), { confirmAge: true }));
    expect(saved).not.toHaveProperty('confirmAge');
    // The edges themselves need no confirmation.
    await app.ok('people.create', withoutId('四十岁', yearsAgo(40)));
    await app.ok('people.create', withoutId('一百二十岁', yearsAgo(120)));
  });
});

describe('likely duplicates without an ID number', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('warns about the same name and birth date, and saves when the clerk confirms', async () => {
    const first = await app.ok('people.create', withoutId('王秀兰', '1950-03-08'));
    const again = await app.call('people.create', withoutId('王 秀兰', '1950-03-08'));
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('people.likelyDuplicate');
    expect(again.error.message).toContain('王秀兰 1950-03-08');
    expect((await app.ok('people.list', {})).total).toBe(1);
    await app.setLanguage('en');
    const en = await app.call('people.create', withoutId('王秀兰', '1950-03-08'));
    expect(!en.ok && en.error.message).toMatch(/may be the same person/);

    const second = await app.ok(
      'people.create',
      withoutId('王秀兰', '1950-03-08', { confirmDuplicate: true }),
    );
    expect(second).not.toHaveProperty('confirmDuplicate');
    expect((await app.ok('people.list', {})).total).toBe(2);
    // Editing a confirmed pair without touching who they are does not ask again.
    await app.ok('people.update', {
      id: first.id,
      person: withoutId('王秀兰', '1950-03-08', { phone: '13800138000' }),
    });
  });

  it('warns about the same name in the same village, not about a namesake elsewhere', async () => {
    await app.ok('people.create', withoutId('李桂英', '1940-01-01', { village: '东村' }));
    const sameVillage = await app.call(
      'people.create',
      withoutId('李桂英', '1941-05-05', { village: '东村' }),
    );
    expect(!sameVillage.ok && sameVillage.error.code).toBe('people.likelyDuplicate');
    await app.ok('people.create', withoutId('李桂英', '1941-05-05', { village: '西村' }));
  });
});
