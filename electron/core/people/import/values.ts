import { isIsoDate } from '../../../../shared/domain/dates';

const pad = (n: string) => n.padStart(2, '0');

/**
 * A date as staff write it: 1950-03-08, 1950/3/8, 1950.3.8, 1950年3月8日,
 * 19500308. Answers 'YYYY-MM-DD' or null when it is not a real date.
 */
export function parseDate(raw: string): string | null {
  const text = raw.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  m ??= /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}`;
  return isIsoDate(iso) ? iso : null;
}

const SEXES: Record<string, 'male' | 'female'> = {
  男: 'male',
  男性: 'male',
  m: 'male',
  male: 'male',
  man: 'male',
  女: 'female',
  女性: 'female',
  f: 'female',
  female: 'female',
  woman: 'female',
};

export function parseSex(raw: string): 'male' | 'female' | null {
  return SEXES[raw.trim().toLowerCase()] ?? null;
}
