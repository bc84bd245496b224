import { describe, expect, it } from 'vitest';
import { ageOn } from '../../shared/domain/dates';

describe('ageOn', () => {
  it('counts the birthday itself as the day the year is complete', () => {
    expect(ageOn('1950-06-15', '2026-06-14')).toBe(75);
    expect(ageOn('1950-06-15', '2026-06-15')).toBe(76);
    expect(ageOn('1950-06-15', '2026-06-16')).toBe(76);
  });

  it('compares the month before the day', () => {
    expect(ageOn('1950-06-15', '2026-05-30')).toBe(75);
    expect(ageOn('1950-06-15', '2026-07-01')).toBe(76);
    expect(ageOn('1950-12-31', '2026-01-01')).toBe(75);
    expect(ageOn('1950-01-01', '2026-12-31')).toBe(76);
  });

  it('is zero on the day of birth and before the first birthday', () => {
    expect(ageOn('2026-03-10', '2026-03-10')).toBe(0);
    expect(ageOn('2025-03-10', '2026-03-09')).toBe(0);
  });

  it('counts a 29 February birthday on 1 March in a common year', () => {
    expect(ageOn('1948-02-29', '2026-02-28')).toBe(77);
    expect(ageOn('1948-02-29', '2026-03-01')).toBe(78);
  });

  it('counts a 29 February birthday on the day in a leap year', () => {
    expect(ageOn('1948-02-29', '2028-02-28')).toBe(79);
    expect(ageOn('1948-02-29', '2028-02-29')).toBe(80);
  });
});
