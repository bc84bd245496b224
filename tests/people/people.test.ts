import { TEST_ADMIN } from '../auth/helpers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upgradeIdNumber15 } from '../../shared/domain/id-number';
import { toIsoDate } from '../../shared/domain/dates';
import { idNumber, openTestApp, personInput } from './helpers';
import type { TestApp } from './helpers';

describe('people create / update through dispatch', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('creates a person with services: normalised ID, enrollments, audit entry', async () => {
    const input = personInput('张三丰', '19491231', '001', { services: ['dayCare', 'homeService'] });
    input.idNumber = input.idNumber.replace(/^(.{4})/, '$1 ');
    const person = await app.ok('people.create', input);
    expect(person.idNumber).toBe(idNumber('19491231', '001'));
    expect(person.incomplete).toBe(false);
    expect(person.status).toBe('active');
    const detail = await app.ok('people.get', { id: person.id });
    expect(detail.enrollments.map((e) => e.service).sort()).toEqual(['dayCare', 'homeService']);
    expect(detail.enrollments.every((e) => e.to === null && e.from === toIsoDate(new Date()))).toBe(true);
    const audit = app.session.store;
    expect(audit.seq).toBeGreaterThan(0);
  });

  it('accepts a lower-case x check character', async () => {
    // Find a sequence whose check character is X.
    let seq = 1;
    while (!idNumber('19500101', String(seq).padStart(3, '0')).endsWith('X')) seq++;
    const input = personInput('李秀英', '19500101', String(seq).padStart(3, '0'));
    input.idNumber = input.idNumber.toLowerCase();
    const person = await app.ok('people.create', input);
    expect(person.idNumber?.endsWith('X')).toBe(true);
  });

  it('upgrades a 15-digit ID number to 18', async () => {
    const short = '110105491231001';
    const person = await app.ok('people.create', { ...personInput('王德福'), idNumber: short });
    expect(person.idNumber).toBe(upgradeIdNumber15(short));
    expect(person.idNumber).toBe(idNumber('19491231', '001'));
  });

  it('refuses a bad check character with a translated field message and stores nothing', async () => {
    const bad = personInput('赵四');
    bad.idNumber = bad.idNumber.slice(0, 17) + (bad.idNumber.endsWith('0') ? '1' : '0');
    const zh = await app.call('people.create', bad);
    expect(zh.ok).toBe(false);
    if (zh.ok) return;
    expect(zh.error.code).toBe('validation.invalid');
    const field = zh.error.fields?.find((f) => f.path === 'idNumber');
    expect(field?.code).toBe('validation.idNumber.checksum');
    expect(field?.message).toMatch(/[\u4e00-\u9fff]/);
    await app.setLanguage('en');
    const en = await app.call('people.create', bad);
    expect(en.ok).toBe(false);
    if (!en.ok)
      expect(en.error.fields?.find((f) => f.path === 'idNumber')?.message).toMatch(/^[\x20-\x7e’“”—]+$/);
    expect(app.session.store.core.people).toHaveLength(0);
  });

  it('refuses a birth date or sex that contradicts the ID number', async () => {
    const result = await app.call('people.create', {
      ...personInput('钱五'),
      birthDate: '1949-12-30',
      sex: 'female',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = result.error.fields?.map((f) => `${f.path}:${f.code}`).sort();
    expect(codes).toEqual([
      'birthDate:validation.idNumber.birthDateMismatch',
      'sex:validation.idNumber.sexMismatch',
    ]);
  });

  it('refuses a duplicate ID number, naming the person who has it, in Chinese and English', async () => {
    await app.ok('people.create', personInput('张三丰'));
    const again = await app.call('people.create', {
      ...personInput('张三'),
      idNumber: idNumber('19491231', '001').toLowerCase(),
    });
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.error.code).toBe('people.duplicateIdNumber');
    expect(again.error.message).toContain('张三丰');
    expect(again.error.message).toContain('身份证号');
    expect(again.error.fields?.[0]?.path).toBe('idNumber');
    await app.setLanguage('en');
    const en = await app.call('people.create', personInput('张三'));
    expect(en.ok).toBe(false);
    if (!en.ok) expect(en.error.message).toMatch(/ID number.*张三丰|张三丰.*ID number/);
    expect(app.session.store.core.people).toHaveLength(1);
  });

  it('refuses on update a number another person holds, but keeps its own holder', async () => {
    const a = await app.ok('people.create', personInput('甲老人', '19400101', '001'));
    const b = await app.ok('people.create', personInput('乙老人', '19400101', '003'));
    const same = await app.call('people.update', {
      id: a.id,
      person: { ...personInput('甲老人', '19400101', '001'), phone: '13812345678' },
    });
    expect(same.ok).toBe(true);
    const clash = await app.call('people.update', {
      id: b.id,
      person: personInput('乙老人', '19400101', '001'),
    });
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.error.message).toContain('甲老人');
  });

  it('allows a person without ID number and marks them incomplete', async () => {
    const { idNumber: _id, ...noId } = personInput('孙大娘', '19450305', '002');
    const person = await app.ok('people.create', noId);
    expect(person.incomplete).toBe(true);
    expect(person.idNumber).toBeUndefined();
    const withId = await app.ok('people.update', {
      id: person.id,
      person: personInput('孙大娘', '19450305', '002'),
    });
    expect(withId.incomplete).toBe(false);
    expect(withId.createdAt).toBe(person.createdAt);
  });

  it('opens and closes enrollments to match the services chosen', async () => {
    const person = await app.ok(
      'people.create',
      personInput('周老汉', '19400101', '001', { services: ['dayCare'] }),
    );
    await app.ok('people.update', {
      id: person.id,
      person: personInput('周老汉', '19400101', '001', { services: ['residential'] }),
    });
    const detail = await app.ok('people.get', { id: person.id });
    const open = detail.enrollments.filter((e) => e.to === null).map((e) => e.service);
    const closed = detail.enrollments.filter((e) => e.to !== null).map((e) => e.service);
    expect(open).toEqual(['residential']);
    expect(closed).toEqual(['dayCare']);
    // Leaving services out keeps enrollments as they are.
    await app.ok('people.update', { id: person.id, person: personInput('周老汉', '19400101', '001') });
    const list = await app.ok('people.list', { query: '周老汉' });
    expect(list.items[0]?.services).toEqual(['residential']);
  });

  it('records who did what in the audit log', async () => {
    await app.ok('people.create', personInput('吴老太', '19380808', '002'));
    const fs = await import('node:fs/promises');
    const files = await fs.readdir(`${app.dir}/audit`);
    const lines = (await Promise.all(files.map((f) => fs.readFile(`${app.dir}/audit/${f}`, 'utf8'))))
      .join('')
      .trim()
      .split('\n');
    const last = JSON.parse(lines.at(-1) ?? '{}') as { actor: string; action: string; summary: string };
    expect(last).toMatchObject({
      actor: TEST_ADMIN.username,
      actorName: TEST_ADMIN.displayName,
      action: 'people.create',
      summary: '吴老太',
    });
  });

  it('answers people.notFound for an unknown id', async () => {
    const result = await app.call('people.get', { id: 'no-such-person' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('people.notFound');
      expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
