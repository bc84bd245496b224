import type { Person } from '../../../shared/schema';
import { nameSortKey, nameSpellings } from './pinyin';

interface Entry {
  updatedAt: string;
  /** Lower-case name, pinyin spellings, ID number, phone: one haystack per kind. */
  name: string;
  full: string[];
  initials: string[];
  /** Syllables separated, for ordering by name (see nameSortKey). */
  sortKey: string;
  idNumber: string;
  phone: string;
}

/**
 * Query as typed: lower case, no spaces, 'ü' as 'v' (how pinyin keyboards
 * write it); dashes dropped from number-like queries (0851-1234567).
 */
export function normalizeQuery(query: string): string {
  const q = query.toLowerCase().replace(/\s+/g, '').replace(/ü/g, 'v');
  return /^[\d\-x]+$/.test(q) ? q.replace(/-/g, '') : q;
}

function entryOf(person: Person): Entry {
  const spellings = nameSpellings(person.name);
  return {
    updatedAt: person.updatedAt,
    name: person.name.toLowerCase().replace(/\s+/g, ''),
    full: spellings.full,
    initials: spellings.initials,
    sortKey: nameSortKey(person.name),
    idNumber: (person.idNumber ?? '').toLowerCase(),
    phone: (person.phone ?? '').replace(/-/g, ''),
  };
}

const LATIN = /^[a-z]+$/;
const DIGITS = /^[\dx]+$/;

function matches(entry: Entry, q: string): boolean {
  if (entry.name.includes(q)) return true;
  if (LATIN.test(q)) {
    // Initials and full pinyin match from the start of the name ("zsf", "zhangsan"),
    // full pinyin also anywhere ("sanfeng"), as staff often type the given name only.
    return entry.initials.some((s) => s.startsWith(q)) || entry.full.some((s) => s.includes(q));
  }
  if (DIGITS.test(q)) return entry.idNumber.includes(q) || entry.phone.includes(q);
  return false;
}

/**
 * In-memory search over people's names, pinyin, ID numbers and phones.
 * Kept in step with the store incrementally: whenever the people list it is
 * given differs from the last one, only records whose `updatedAt` changed are
 * re-spelled (pinyin is the costly part), so a save re-indexes one person.
 */
export class PeopleSearchIndex {
  private entries = new Map<string, Entry>();
  private source: readonly Person[] | null = null;

  /** Bring the index in line with `people` (cheap when nothing changed). */
  sync(people: readonly Person[]): void {
    if (people === this.source) return;
    const next = new Map<string, Entry>();
    for (const person of people) {
      const known = this.entries.get(person.id);
      next.set(person.id, known && known.updatedAt === person.updatedAt ? known : entryOf(person));
    }
    this.entries = next;
    this.source = people;
  }

  /** Index one saved person now (the next sync keeps the entry because updatedAt matches). */
  upsert(person: Person): void {
    this.entries.set(person.id, entryOf(person));
  }

  /** Ids of people matching `query`; null when the query is blank (no search filter). */
  search(query: string | undefined): Set<string> | null {
    const q = normalizeQuery(query ?? '');
    if (q === '') return null;
    const out = new Set<string>();
    for (const [id, entry] of this.entries) if (matches(entry, q)) out.add(id);
    return out;
  }

  /** Pinyin of the name (surname reading) syllable by syllable, for sorting in the order Chinese lists use. */
  sortKey(id: string): string {
    return this.entries.get(id)?.sortKey ?? '';
  }

  get size(): number {
    return this.entries.size;
  }
}
