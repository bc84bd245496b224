/**
 * Resident identity numbers (GB 11643-1999): 6-digit address code, 8-digit
 * birth date, 3-digit sequence (odd = male), 1 check character (ISO 7064
 * MOD 11-2). Old 15-digit numbers are upgraded to 18.
 */
import { isRealDate, toIsoDate } from './dates';

export type Sex = 'male' | 'female';

export const ID_NUMBER_CODES = {
  format: 'validation.idNumber.format',
  region: 'validation.idNumber.region',
  birthDate: 'validation.idNumber.birthDate',
  futureBirthDate: 'validation.idNumber.futureBirthDate',
  checksum: 'validation.idNumber.checksum',
  birthDateMismatch: 'validation.idNumber.birthDateMismatch',
  sexMismatch: 'validation.idNumber.sexMismatch',
} as const;
export type IdNumberCode = (typeof ID_NUMBER_CODES)[keyof typeof ID_NUMBER_CODES];

export type IdNumberResult =
  { ok: true; normalized: string; birthDate: string; sex: Sex } | { ok: false; code: IdNumberCode };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
/** First two digits: provinces, plus 81/82/83 used by Hong Kong, Macao and Taiwan residence permits. */
const REGIONS = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
]);
/** Older dates are typing errors, not elders. */
const EARLIEST_BIRTH_YEAR = 1850;

/** Check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** Insert "19" before the 6-digit birth date and append the check character. */
export function upgradeIdNumber15(raw15: string): string {
  const first17 = `${raw15.slice(0, 6)}19${raw15.slice(6, 15)}`;
  return first17 + idCheckChar(first17);
}

/** Trim, drop inner spaces, upper-case the x, upgrade 15 → 18. Does not validate. */
export function normalizeIdNumber(raw: string): string {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  return /^\d{15}$/.test(compact) ? upgradeIdNumber15(compact) : compact;
}

export function validateIdNumber(raw: string, today: Date | string): IdNumberResult {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  const wasShort = /^\d{15}$/.test(compact);
  if (!wasShort && !/^\d{17}[\dX]$/.test(compact)) return { ok: false, code: ID_NUMBER_CODES.format };
  const id = wasShort ? upgradeIdNumber15(compact) : compact;
  if (!REGIONS.has(Number(id.slice(0, 2)))) return { ok: false, code: ID_NUMBER_CODES.region };

  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < EARLIEST_BIRTH_YEAR || !isRealDate(year, month, day)) {
    return { ok: false, code: ID_NUMBER_CODES.birthDate };
  }
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const todayIso = typeof today === 'string' ? today : toIsoDate(today);
  if (birthDate > todayIso) return { ok: false, code: ID_NUMBER_CODES.futureBirthDate };

  // A 15-digit number has no check character of its own: the upgraded one is correct by construction.
  if (!wasShort && idCheckChar(id.slice(0, 17)) !== id[17]) {
    return { ok: false, code: ID_NUMBER_CODES.checksum };
  }
  const sex: Sex = Number(id[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, normalized: id, birthDate, sex };
}

export interface IdCrossCheckIssue {
  field: 'birthDate' | 'sex';
  code: IdNumberCode;
}

/** Compare what the ID number says with the birth date and sex typed on the form. */
export function crossCheckIdNumber(
  derived: { birthDate: string; sex: Sex },
  typed: { birthDate?: string | null | undefined; sex?: Sex | null | undefined },
): IdCrossCheckIssue[] {
  const issues: IdCrossCheckIssue[] = [];
  if (typed.birthDate && typed.birthDate !== derived.birthDate) {
    issues.push({ field: 'birthDate', code: ID_NUMBER_CODES.birthDateMismatch });
  }
  if (typed.sex && typed.sex !== derived.sex) {
    issues.push({ field: 'sex', code: ID_NUMBER_CODES.sexMismatch });
  }
  return issues;
}
