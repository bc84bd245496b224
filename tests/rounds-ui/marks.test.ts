import { describe, expect, it } from 'vitest';
import {
  markOfKey,
  markRemainingAsleep,
  nextRowAfterMark,
  roundCounts,
  shiftCodeAt,
} from '../../renderer/src/features/rounds/marks';
import type { MarkEntry } from '../../renderer/src/features/rounds/marks';

const entry = (mark: MarkEntry['mark']): MarkEntry => ({ mark, note: '' });

describe('round marks by key', () => {
  it('gives one mark per number key and nothing for other keys', () => {
    expect(markOfKey('1')).toBe('asleep');
    expect(markOfKey('2')).toBe('awake');
    expect(markOfKey('3')).toBe('normal');
    expect(markOfKey('4')).toBe('needsAttention');
    for (const key of ['0', '5', 'a', 'Enter', ' ', 'ArrowDown']) expect(markOfKey(key)).toBeNull();
  });

  it('counts 应查, 实查 and needs attention as the marks go in', () => {
    const entries = [entry('asleep'), entry(null), entry('needsAttention'), entry('awake'), entry(null)];
    expect(roundCounts(entries)).toEqual({ expected: 5, checked: 3, needsAttention: 1, unmarked: 2 });
    expect(roundCounts([])).toEqual({ expected: 0, checked: 0, needsAttention: 0, unmarked: 0 });
  });

  it('moves the cursor to the next row without a mark, else one row on, and keeps it on the last row', () => {
    const entries = [entry('asleep'), entry('awake'), entry(null), entry('normal'), entry(null)];
    expect(nextRowAfterMark(entries, 0)).toBe(2);
    expect(nextRowAfterMark(entries, 2)).toBe(4);
    const full = [entry('asleep'), entry('awake'), entry('normal')];
    expect(nextRowAfterMark(full, 0)).toBe(1);
    expect(nextRowAfterMark(full, 2)).toBe(2);
  });

  it('marks only the rows still empty as asleep, leaving what was marked and written', () => {
    const entries: MarkEntry[] = [{ mark: 'needsAttention', note: '咳嗽' }, entry(null), entry('awake')];
    expect(markRemainingAsleep(entries)).toEqual([
      { mark: 'needsAttention', note: '咳嗽' },
      { mark: 'asleep', note: '' },
      { mark: 'awake', note: '' },
    ]);
  });
});

describe('the shift a round is booked to', () => {
  const shifts = [
    { code: 'D', start: '08:00', end: '20:00', active: true, night: false },
    { code: 'N', start: '20:00', end: '08:00', active: true, night: true },
    { code: 'X', start: '00:00', end: '23:59', active: false, night: false },
  ];
  it('is the active shift whose hours hold the time, across midnight too', () => {
    expect(shiftCodeAt(shifts, '10:00')).toBe('D');
    expect(shiftCodeAt(shifts, '22:00')).toBe('N');
    expect(shiftCodeAt(shifts, '02:00')).toBe('N');
    expect(shiftCodeAt(shifts, '08:00')).toBe('D');
  });
  it('falls back to 夜 at night and 白 by day without templates', () => {
    expect(shiftCodeAt([], '02:00')).toBe('夜');
    expect(shiftCodeAt([], '21:30')).toBe('夜');
    expect(shiftCodeAt([], '14:00')).toBe('白');
  });
});
