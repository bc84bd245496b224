import { describe, expect, it } from 'vitest';
import {
  crossCheckIdNumber,
  idCheckChar,
  upgradeIdNumber15,
  validateIdNumber,
} from '../../shared/domain/id-number';

const TODAY = '2026-06-01';

/** Builds a well-formed number around a given birth date, with a correct check character. */
function withCheck(first17: string): string {
  return first17 + idCheckChar(first17);
}

describe('validateIdNumber (GB 11643)', () => {
  it('accepts the female example and derives birth date and sex', () => {
    expect(validateIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('accepts the male example', () => {
    expect(validateIdNumber('440524188001010014', TODAY)).toEqual({
      ok: true,
      normalized: '440524188001010014',
      birthDate: '1880-01-01',
      sex: 'male',
    });
  });

  it('accepts lower-case x and normalises it to upper case', () => {
    const result = validateIdNumber(' 11010519491231002x ', TODAY);
    expect(result.ok && result.normalized).toBe('11010519491231002X');
  });

  it('rejects a wrong check character', () => {
    expect(validateIdNumber('110105194912310021', TODAY)).toEqual({
      ok: false,
      code: 'validation.idNumber.checksum',
    });
    expect(validateIdNumber('440524188001010015', TODAY)).toEqual({
      ok: false,
      code: 'validation.idNumber.checksum',
    });
  });

  it('upgrades a 15-digit number by inserting 19 and computing the check character', () => {
    expect(upgradeIdNumber15('110105491231002')).toBe('11010519491231002X');
    expect(validateIdNumber('110105491231002', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('rejects an impossible birth date (1949-02-30)', () => {
    expect(validateIdNumber(withCheck('11010519490230002'), TODAY)).toEqual({
      ok: false,
      code: 'validation.idNumber.birthDate',
    });
  });

  it('rejects a birth date after today, accepts one on today', () => {
    expect(validateIdNumber(withCheck('11010520260602001'), TODAY)).toEqual({
      ok: false,
      code: 'validation.idNumber.futureBirthDate',
    });
    expect(validateIdNumber(withCheck('11010520260601001'), TODAY).ok).toBe(true);
    expect(validateIdNumber(withCheck('11010520260602001'), new Date(2026, 5, 2)).ok).toBe(true);
  });

  it('rejects bad formats and unknown regions', () => {
    for (const raw of ['', '1101051949123100', '11010519491231002Y', '1101051949123100XX', 'abc']) {
      expect(validateIdNumber(raw, TODAY)).toEqual({ ok: false, code: 'validation.idNumber.format' });
    }
    expect(validateIdNumber(withCheck('99010519491231002'), TODAY)).toEqual({
      ok: false,
      code: 'validation.idNumber.region',
    });
  });

  it('derives sex from the 17th digit (odd male, even female)', () => {
    const male = validateIdNumber(withCheck('11010519500101003'), TODAY);
    const female = validateIdNumber(withCheck('11010519500101004'), TODAY);
    expect(male.ok && male.sex).toBe('male');
    expect(female.ok && female.sex).toBe('female');
  });
});

describe('crossCheckIdNumber', () => {
  const derived = { birthDate: '1949-12-31', sex: 'female' as const };

  it('passes when the typed facts agree or are absent', () => {
    expect(crossCheckIdNumber(derived, { birthDate: '1949-12-31', sex: 'female' })).toEqual([]);
    expect(crossCheckIdNumber(derived, {})).toEqual([]);
  });

  it('reports each mismatch on its own field', () => {
    expect(crossCheckIdNumber(derived, { birthDate: '1949-12-30', sex: 'male' })).toEqual([
      { field: 'birthDate', code: 'validation.idNumber.birthDateMismatch' },
      { field: 'sex', code: 'validation.idNumber.sexMismatch' },
    ]);
  });
});
