import { pinyin } from 'pinyin-pro';

/** The spellings one name can be found by: full pinyin and initials, each without spaces. */
export interface NameSpellings {
  full: string[];
  initials: string[];
}

function syllablesOf(name: string, surname: 'head' | 'off'): string[] {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname, nonZh: 'consecutive' });
  return syllables
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[^a-zü]/g, '')
        .replace(/ü/g, 'v'),
    )
    .filter((s) => s !== '');
}

function spell(name: string, surname: 'head' | 'off'): { full: string; initials: string } {
  const words = syllablesOf(name, surname);
  return { full: words.join(''), initials: words.map((w) => w[0] ?? '').join('') };
}

/** Sorts below every letter, so a shorter syllable comes before a longer one that starts the same. */
const SYLLABLE_BREAK = ' ';

/**
 * Sort key of a name: its surname-mode syllables, separated. Chinese lists
 * order character by character, so 李(li) 良才 and 李(li) 庆丰 both come before
 * 林(lin) 凤兰 — comparing the run-together "liliangcai" / "linfenglan" would not.
 */
export function nameSortKey(name: string): string {
  return syllablesOf(name, 'head').join(SYLLABLE_BREAK);
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
