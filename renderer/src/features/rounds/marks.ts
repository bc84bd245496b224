/**
 * The pure rules of the round screen: which key gives which mark, where the
 * cursor goes next, the live 应查/实查 counts, the shift a time falls in.
 */
import type { RoundMarkValue } from '../../../../shared/schema/rounds';
import { ROUND_MARKS } from '../../../../shared/schema/rounds';
import { minutesOfDay } from '../../../../shared/domain/dates';

/** One key per mark, shown on screen beside each mark: 1 睡眠, 2 清醒, 3 正常, 4 需关注. */
export const MARK_KEYS: Readonly<Record<RoundMarkValue, string>> = {
  asleep: '1',
  awake: '2',
  normal: '3',
  needsAttention: '4',
};

/** The mark a key press gives (the number row or the keypad), or null for any other key. */
export function markOfKey(key: string): RoundMarkValue | null {
  return ROUND_MARKS.find((mark) => MARK_KEYS[mark] === key) ?? null;
}

export interface MarkEntry {
  mark: RoundMarkValue | null;
  note: string;
}

export interface RoundCounts {
  /** 应查 */
  expected: number;
  /** 实查 */
  checked: number;
  needsAttention: number;
  unmarked: number;
}

export function roundCounts(entries: readonly MarkEntry[]): RoundCounts {
  const checked = entries.filter((e) => e.mark !== null).length;
  return {
    expected: entries.length,
    checked,
    needsAttention: entries.filter((e) => e.mark === 'needsAttention').length,
    unmarked: entries.length - checked,
  };
}

/** The row after `index` that still has no mark, else simply the next row (the last row stays put). */
export function nextRowAfterMark(entries: readonly MarkEntry[], index: number): number {
  for (let i = index + 1; i < entries.length; i += 1) if (entries[i]?.mark === null) return i;
  return Math.min(index + 1, Math.max(entries.length - 1, 0));
}

/** Every row without a mark as asleep: the quiet night, where the carer only looked in. */
export function markRemainingAsleep(entries: readonly MarkEntry[]): MarkEntry[] {
  return entries.map((e) => (e.mark === null ? { ...e, mark: 'asleep' } : e));
}

export interface ShiftLike {
  code: string;
  start: string;
  end: string;
  active: boolean;
  night: boolean;
}

/**
 * The active shift whose hours hold `time` (a night shift runs past midnight),
 * the shift the round is booked to. Without shift templates the round is
 * booked to 夜 at night and 白 by day, the names on the paper rosters.
 */
export function shiftCodeAt(shifts: readonly ShiftLike[], time: string): string {
  const at = minutesOfDay(time);
  const holds = (s: ShiftLike) => {
    const start = minutesOfDay(s.start);
    const end = minutesOfDay(s.end);
    return end > start ? at >= start && at < end : at >= start || at < end;
  };
  const found = shifts.find((s) => s.active && holds(s));
  if (found) return found.code;
  return at >= 20 * 60 || at < 8 * 60 ? '夜' : '白';
}

/** The time now as 'HH:mm' where the user is. */
export function timeNow(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}
