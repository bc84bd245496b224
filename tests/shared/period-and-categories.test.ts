import { describe, expect, it } from 'vitest';
import {
  addPeriods,
  daysInPeriod,
  isPeriod,
  lastDayOf,
  periodOf,
  periodsBetween,
} from '../../shared/domain/period';
import { activeCategories, isCategoryActive } from '../../shared/domain/categories';
import { addMonths, isIsoDate } from '../../shared/domain/dates';

describe('periods', () => {
  it('validates and steps months across years', () => {
    expect([isPeriod('2026-12'), isPeriod('2026-13'), isPeriod('2026-1')]).toEqual([true, false, false]);
    expect(addPeriods('2026-12', 1)).toBe('2027-01');
    expect(addPeriods('2026-01', -1)).toBe('2025-12');
    expect(periodsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('2026-02', '2026-01')).toEqual([]);
  });

  it('knows month lengths, including leap years', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(daysInPeriod('2025-02')).toBe(28);
    expect(periodOf(new Date(2026, 10, 30, 23, 30))).toBe('2026-11');
  });

  it('adds months by clamping the day', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-15', 12)).toBe('2026-03-15');
    expect([isIsoDate('2024-02-29'), isIsoDate('2025-02-29'), isIsoDate('1949-02-30')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('dated categories', () => {
  const flags = [
    { category: 'minimumLiving' as const, from: '2024-01-01', to: '2025-12-31' },
    { category: 'emptyNest' as const, from: '2025-06-01', to: null },
  ];

  it('is active from `from` to `to` inclusive, open-ended without `to`', () => {
    expect(isCategoryActive(flags[0]!, '2024-01-01')).toBe(true);
    expect(isCategoryActive(flags[0]!, '2025-12-31')).toBe(true);
    expect(isCategoryActive(flags[0]!, '2026-01-01')).toBe(false);
    expect(isCategoryActive(flags[1]!, '2099-01-01')).toBe(true);
  });

  it('lists the active categories on a date in canonical order', () => {
    expect(activeCategories(flags, '2025-07-01')).toEqual(['minimumLiving', 'emptyNest']);
    expect(activeCategories(flags, '2026-07-01')).toEqual(['emptyNest']);
    expect(activeCategories(flags, '2023-07-01')).toEqual([]);
  });
});
