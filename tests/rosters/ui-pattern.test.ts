import { describe, expect, it } from 'vitest';
import {
  parsePattern,
  patternCodeOn,
  previewPattern,
  rotationOffsets,
} from '../../renderer/src/features/rosters/model/pattern';

const CODES = [
  { code: '白', active: true },
  { code: '夜', active: true },
  { code: '休', active: true },
  { code: 'N2', active: true },
  { code: '旧', active: false },
];

describe('a roster pattern as typed', () => {
  it('reads codes separated by spaces, or run together when every character is a code', () => {
    const six = ['白', '白', '夜', '夜', '休', '休'];
    expect(parsePattern('白 白 夜 夜 休 休', CODES)).toEqual({ ok: true, pattern: six });
    expect(parsePattern('白白夜夜休休', CODES)).toEqual({ ok: true, pattern: six });
    expect(parsePattern('n2 白', CODES)).toEqual({ ok: true, pattern: ['N2', '白'] });
    expect(parsePattern('N2', CODES)).toEqual({ ok: true, pattern: ['N2'] });
  });

  it("keeps '-' as a day left empty", () => {
    expect(parsePattern('白 - 休', CODES)).toEqual({ ok: true, pattern: ['白', '', '休'] });
  });

  it('refuses an empty, an unknown or an inactive code, and more than 28 days', () => {
    expect(parsePattern('  ', CODES)).toEqual({ ok: false, reason: 'empty' });
    expect(parsePattern('白 X', CODES)).toEqual({ ok: false, reason: 'unknown', token: 'X' });
    expect(parsePattern('白 旧', CODES)).toEqual({ ok: false, reason: 'inactive', token: '旧' });
    expect(parsePattern(Array(29).fill('白').join(' '), CODES)).toEqual({ ok: false, reason: 'tooLong' });
  });
});

describe('offsets and the preview', () => {
  it('rotates people two days apart, wrapping at the pattern length', () => {
    expect(rotationOffsets(4, 6)).toEqual([0, 2, 4, 0]);
    expect(rotationOffsets(3, 4)).toEqual([0, 2, 0]);
    expect(rotationOffsets(2, 1)).toEqual([0, 0]);
  });

  it('gives each person the code of their place in the pattern', () => {
    const pattern = ['白', '白', '夜', '夜', '休', '休'];
    expect([0, 1, 2, 3, 4, 5, 6].map((d) => patternCodeOn(pattern, 2, d))).toEqual([
      '夜',
      '夜',
      '休',
      '休',
      '白',
      '白',
      '夜',
    ]);
  });

  it('previews the first two weeks, cut at the end date', () => {
    const pattern = ['白', '白', '夜', '夜', '休', '休'];
    const people = [
      { staffId: 'a', offset: 0 },
      { staffId: 'b', offset: 2 },
      { staffId: 'c', offset: 4 },
    ];
    const long = previewPattern(pattern, people, '2026-03-01', '2026-03-31');
    expect(long.dates).toHaveLength(14);
    expect(long.dates[0]).toBe('2026-03-01');
    expect(long.dates[13]).toBe('2026-03-14');
    expect(long.rows.map((r) => r.codes.slice(0, 3))).toEqual([
      ['白', '白', '夜'],
      ['夜', '夜', '休'],
      ['休', '休', '白'],
    ]);
    // Every day one person on each of 白, 夜 and 休.
    for (let day = 0; day < 14; day += 1) {
      expect(long.rows.map((r) => r.codes[day]).sort()).toEqual(['休', '夜', '白'].sort());
    }
    const short = previewPattern(pattern, people, '2026-02-26', '2026-03-02');
    expect(short.dates).toEqual(['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
  });
});
