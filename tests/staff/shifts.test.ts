import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashTree } from '../ipc/helpers';
import { auditLines, nightShift, openTestApp, refusal } from './helpers';
import type { TestApp } from './helpers';

const rest = { code: '休', name: '休息', kind: 'rest' as const, colour: '#f0f0f0', active: true };

describe('shift templates and day codes', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('derives "crosses midnight" from the times and audits the save', async () => {
    const night = await app.ok('staff.saveShiftTemplate', nightShift);
    expect(night.crossesMidnight).toBe(true);
    const day = await app.ok('staff.saveShiftTemplate', {
      ...nightShift,
      code: '白',
      name: '白班',
      start: '08:00',
      end: '20:00',
      night: false,
    });
    expect(day.crossesMidnight).toBe(false);
    expect((await auditLines(app.dir)).at(-1)).toMatchObject({
      action: 'staff.saveShiftTemplate',
      summary: '白 白班',
    });
    expect((await app.ok('staff.shiftTemplates', undefined)).map((t) => t.code)).toEqual(['白', '夜']);
  });

  it('refuses paid hours beyond the span less the break, beside paid hours', async () => {
    const result = await app.call('staff.saveShiftTemplate', { ...nightShift, paidHours: 11.25 });
    expect(refusal(result).fields).toEqual({ paidHours: 'validation.shift.paidExceedsSpan' });
  });

  it('refuses a break as long as the shift, and paid hours not in quarters', async () => {
    const longBreak = await app.call('staff.saveShiftTemplate', {
      ...nightShift,
      start: '08:00',
      end: '10:00',
      breakMinutes: 120,
      paidHours: 0,
    });
    expect(refusal(longBreak).fields).toEqual({ breakMinutes: 'validation.shift.breakTooLong' });
    const quarters = await app.call('staff.saveShiftTemplate', { ...nightShift, paidHours: 10.1 });
    expect(refusal(quarters).fields).toEqual({ paidHours: 'validation.shift.quarterHours' });
  });

  it('refuses a bad colour and a bad time beside their fields', async () => {
    const result = await app.call('staff.saveShiftTemplate', {
      ...nightShift,
      colour: 'blue',
      start: '25:00',
    });
    expect(refusal(result).fields).toEqual({ colour: 'validation.invalidFormat', start: 'validation.time' });
  });

  it('keeps codes unique across shifts and day codes, whatever the case, and writes nothing on refusal', async () => {
    await app.ok('staff.saveShiftTemplate', { ...nightShift, code: 'N' });
    await app.ok('staff.saveDayCode', rest);
    const before = await hashTree(app.dir);
    const sameShift = await app.call('staff.saveShiftTemplate', { ...nightShift, code: 'n', name: '大夜' });
    expect(refusal(sameShift)).toEqual({ code: 'staff.codeTaken', fields: { code: 'staff.codeTaken' } });
    const dayAsShift = await app.call('staff.saveShiftTemplate', { ...nightShift, code: '休' });
    expect(refusal(dayAsShift).code).toBe('staff.codeTaken');
    const shiftAsDay = await app.call('staff.saveDayCode', { ...rest, code: ' n ' });
    expect(refusal(shiftAsDay).code).toBe('staff.codeTaken');
    if (!shiftAsDay.ok) expect(shiftAsDay.error.message).toContain('夜班');
    expect(await hashTree(app.dir)).toEqual(before);
  });

  it('edits a template in place but never changes its code', async () => {
    const saved = await app.ok('staff.saveShiftTemplate', nightShift);
    const edited = await app.ok('staff.saveShiftTemplate', {
      ...nightShift,
      id: saved.id,
      colour: '#112233',
    });
    expect(edited).toMatchObject({ id: saved.id, colour: '#112233', createdAt: saved.createdAt });
    expect(await app.ok('staff.shiftTemplates', undefined)).toHaveLength(1);
    const renamed = await app.call('staff.saveShiftTemplate', { ...nightShift, id: saved.id, code: 'N' });
    expect(refusal(renamed)).toEqual({ code: 'staff.codeFixed', fields: { code: 'staff.codeFixed' } });
  });

  it('saves day codes, edits them by id and refuses an unknown id', async () => {
    const saved = await app.ok('staff.saveDayCode', rest);
    await app.ok('staff.saveDayCode', { ...rest, id: saved.id, active: false });
    expect(await app.ok('staff.dayCodes', undefined)).toMatchObject([{ code: '休', active: false }]);
    const unknown = await app.call('staff.saveDayCode', { ...rest, id: 'no-such-code' });
    expect(refusal(unknown).code).toBe('staff.dayCodeNotFound');
    const unknownShift = await app.call('staff.saveShiftTemplate', { ...nightShift, id: 'no-such-shift' });
    expect(refusal(unknownShift).code).toBe('staff.shiftNotFound');
  });
});
