import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../shared/domain/date-input';

describe('parseDateInput: the dates a clerk types or a spreadsheet holds', () => {
  it('reads every form the import accepts as the same ISO date', () => {
    for (const raw of [
      '1950-01-01',
      '1950-1-1',
      '19500101',
      '1950/1/1',
      '1950/01/01',
      '1950.1.1',
      '1950年1月1日',
      '1950年01月01日',
      '1950年1月1',
      ' 1950 年 1 月 1 日 ',
      '1950-01-01T00:00:00Z',
      '1950-01-01T08:00:00.000+08:00',
    ]) {
      expect(parseDateInput(raw), raw).toBe('1950-01-01');
    }
  });

  it('keeps the edges of the calendar: month ends and 29 February', () => {
    expect(parseDateInput('2000/2/29')).toBe('2000-02-29');
    expect(parseDateInput('19520229')).toBe('1952-02-29');
    expect(parseDateInput('1950.12.31')).toBe('1950-12-31');
  });

  it('refuses dates that do not exist', () => {
    for (const raw of [
      '1950-02-30',
      '1900-02-29',
      '19510229',
      '1950/13/1',
      '1950.0.10',
      '1950年4月31日',
      '19500100',
    ])
      expect(parseDateInput(raw), raw).toBeNull();
  });

  it('refuses two-digit years, day-first orders and anything else', () => {
    for (const raw of [
      '50-1-1',
      '50/01/01',
      '500101',
      '1/1/1950',
      '01.01.1950',
      '1950-1',
      '1950',
      '',
      'abc',
      '1950-01-01x',
    ])
      expect(parseDateInput(raw), raw).toBeNull();
  });
});
