import { describe, expect, it } from 'vitest';
import { cellText, parseCellInput, sameCodes } from '../../renderer/src/features/rosters/model/cell-codes';

const CODES = [
  { code: '白', active: true },
  { code: '夜', active: true },
  { code: '休', active: true },
  { code: 'N', active: true },
  { code: 'A1', active: true },
  { code: '旧', active: false },
];

describe('what is typed into a roster cell', () => {
  it('reads one code, and two shifts joined by a slash, as the center wrote them', () => {
    expect(parseCellInput('白', CODES)).toEqual({ ok: true, codes: ['白'] });
    expect(parseCellInput('白/夜', CODES)).toEqual({ ok: true, codes: ['白', '夜'] });
    // Full-width slash, the Chinese comma and spaces as typed with an input method.
    expect(parseCellInput(' 白／夜 ', CODES)).toEqual({ ok: true, codes: ['白', '夜'] });
    expect(parseCellInput('白、夜', CODES)).toEqual({ ok: true, codes: ['白', '夜'] });
  });

  it('matches codes whatever their case, and answers the stored spelling', () => {
    expect(parseCellInput('n', CODES)).toEqual({ ok: true, codes: ['N'] });
    expect(parseCellInput('a1/白', CODES)).toEqual({ ok: true, codes: ['A1', '白'] });
  });

  it('clears the cell when nothing is typed', () => {
    expect(parseCellInput('', CODES)).toEqual({ ok: true, codes: [] });
    expect(parseCellInput('  / ', CODES)).toEqual({ ok: true, codes: [] });
  });

  it('refuses an unknown code, an inactive one and more than two', () => {
    expect(parseCellInput('白/X', CODES)).toEqual({ ok: false, reason: 'unknown', token: 'X' });
    expect(parseCellInput('旧', CODES)).toEqual({ ok: false, reason: 'inactive', token: '旧' });
    expect(parseCellInput('白/夜/休', CODES)).toEqual({ ok: false, reason: 'tooMany' });
  });

  it('writes a cell back the way it is typed and compares cells', () => {
    expect(cellText(['白', '夜'])).toBe('白/夜');
    expect(cellText(undefined)).toBe('');
    expect(sameCodes(['白'], ['白'])).toBe(true);
    expect(sameCodes(undefined, [])).toBe(true);
    expect(sameCodes(['白', '夜'], ['夜', '白'])).toBe(false);
  });
});
