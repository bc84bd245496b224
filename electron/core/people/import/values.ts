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
