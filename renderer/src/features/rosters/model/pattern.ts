/**
 * A rotating pattern as the manager types it ("白 白 夜 夜 休 休", or run
 * together as "白白夜夜休休"), the default offsets that rotate a group, and
 * the preview of the first days before it is applied.
 */
import { findCode } from './cell-codes';
import type { KnownCode } from './cell-codes';
import { addDays } from './period';

/** Typed for a day the pattern leaves empty. */
export const EMPTY_DAY = '-';
const EMPTY_TOKENS = new Set([EMPTY_DAY, '－', '—', '_', '○']);
const SEPARATORS = /[\s,，、/／]+/;

export type PatternParse =
  | { ok: true; pattern: string[] }
  | { ok: false; reason: 'empty'; token?: undefined }
  | { ok: false; reason: 'tooLong'; token?: undefined }
  | { ok: false; reason: 'unknown' | 'inactive'; token: string };

/** The most days one pattern may hold (the core's limit). */
export const MAX_PATTERN_DAYS = 28;

/**
 * A single run of letters without spaces ("白白夜夜休休") is read day by day
 * when every character is a code; otherwise it is one code ("N2").
 */
function tokensOf(text: string, codes: readonly KnownCode[]): string[] {
  const tokens = text.split(SEPARATORS).filter((token) => token !== '');
  if (tokens.length !== 1) return tokens;
  const [only] = tokens as [string];
  if (findCode(only, codes)) return tokens;
  const chars = [...only];
  const everyCharKnown = chars.every((c) => EMPTY_TOKENS.has(c) || findCode(c, codes) !== undefined);
  return everyCharKnown ? chars : tokens;
}

/** The pattern's codes as the center wrote them ('' for an empty day). */
export function parsePattern(text: string, codes: readonly KnownCode[]): PatternParse {
  const tokens = tokensOf(text, codes);
  if (tokens.length === 0) return { ok: false, reason: 'empty' };
  if (tokens.length > MAX_PATTERN_DAYS) return { ok: false, reason: 'tooLong' };
  const pattern: string[] = [];
  for (const token of tokens) {
    if (EMPTY_TOKENS.has(token)) {
      pattern.push('');
      continue;
    }
    const known = findCode(token, codes);
    if (!known) return { ok: false, reason: 'unknown', token };
    if (!known.active) return { ok: false, reason: 'inactive', token: known.code };
    pattern.push(known.code);
  }
  return { ok: true, pattern };
}

/**
 * Offsets that rotate a group through the pattern: 0, 2, 4… (each person two
 * days further on, so with 白白夜夜休休 three people cover every shift each day),
 * wrapping at the pattern's length.
 */
export function rotationOffsets(people: number, patternLength: number, step = 2): number[] {
  const length = Math.max(1, patternLength);
  return Array.from({ length: people }, (_, k) => (k * step) % length);
}

/** The code person with `offset` works on day `index` (0 = the pattern's first date). */
export function patternCodeOn(pattern: readonly string[], offset: number, index: number): string {
  if (pattern.length === 0) return '';
  return pattern[(((offset + index) % pattern.length) + pattern.length) % pattern.length] ?? '';
}

export interface PreviewRow {
  staffId: string;
  /** One entry per previewed day: the code, or '' for an empty day. */
  codes: string[];
}

/** The first `days` days (two weeks by default) of the pattern for each person, cut at `to`. */
export function previewPattern(
  pattern: readonly string[],
  people: readonly { staffId: string; offset: number }[],
  from: string,
  to: string,
  days = 14,
): { dates: string[]; rows: PreviewRow[] } {
  const dates: string[] = [];
  for (let d = from; d <= to && dates.length < days; d = addDays(d, 1)) dates.push(d);
  return {
    dates,
    rows: people.map((person) => ({
      staffId: person.staffId,
      codes: dates.map((_, index) => patternCodeOn(pattern, person.offset, index)),
    })),
  };
}
