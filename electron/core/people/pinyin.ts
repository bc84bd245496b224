import { pinyin } from 'pinyin-pro';

/** The spellings one name can be found by: full pinyin and initials, each without spaces. */
export interface NameSpellings {
  full: string[];
  initials: string[];
}

function spell(name: string, surname: 'head' | 'off'): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname, nonZh: 'consecutive' });
  const words = syllables.map((s) => s.toLowerCase().replace(/[^a-zü]/g, '').replace(/ü/g, 'v')).filter((s) => s !== '');
  return { full: words.join(''), initials: words.map((w) => w[0] ?? '').join('') };
}

/**
 * Surname mode reads 单 as shàn, 曾 as zēng, 解 as xiè when they start a name,
 * which is how staff will type them. The everyday reading is kept as well, so
 * someone typing "dan" for 单 still finds the person.
 */
export function nameSpellings(name: string): NameSpellings {
  const asSurname = spell(name, 'head');
  const plain = spell(name, 'off');
  const unique = (a: string, b: string) => (a === b ? [a] : [a, b]);
  return { full: unique(asSurname.full, plain.full), initials: unique(asSurname.initials, plain.initials) };
}
