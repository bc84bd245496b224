/**
 * Likely duplicates among records without an ID number. Two records with different
 * ID numbers are two people; when one of them has none, the same name with the same
 * birth date, or the same name in the same village, is most likely the same elder
 * typed twice (or a file imported twice). The clerk decides: the core warns, and
 * saves only when told the duplicate is intended.
 */
import { CareError } from '../../../shared/errors';
import type { Person } from '../../../shared/schema';

export interface DuplicateProbe {
  name: string;
  birthDate: string;
  idNumber?: string | undefined;
  village?: string | undefined;
}

/** Collapses spaces (张 三 = 张三) so a stray space does not hide a duplicate. */
function sameName(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

/** What identifies a record here: a stored person, or an earlier row of an import file. */
export interface Identity extends DuplicateProbe {
  id: string;
}

export function likelyDuplicates<T extends Identity>(
  people: readonly T[],
  probe: DuplicateProbe,
  exceptId?: string,
): T[] {
  return people.filter((p) => {
    if (p.id === exceptId) return false;
    if (p.idNumber && probe.idNumber) return false;
    if (!sameName(p.name, probe.name)) return false;
    return p.birthDate === probe.birthDate || (!!probe.village && p.village === probe.village);
  });
}

/** How a likely duplicate is named in the message: name, birth date and village. */
export function describeDuplicate(p: DuplicateProbe): string {
  return [p.name, p.birthDate, p.village].filter(Boolean).join(' ');
}

/**
 * Refuses with `people.likelyDuplicate` (naming the other records) unless the clerk
 * confirmed. The form shows the message and offers to save anyway with `confirmDuplicate: true`.
 */
export function assertNoLikelyDuplicate(
  people: readonly Person[],
  probe: DuplicateProbe,
  confirmed: boolean | undefined,
  exceptId?: string,
): void {
  if (confirmed) return;
  const found = likelyDuplicates(people, probe, exceptId);
  if (found.length === 0) return;
  const others = found.slice(0, 3).map(describeDuplicate).join('；');
  throw new CareError('people.likelyDuplicate', { others, count: found.length }, [
    { path: 'name', code: 'people.likelyDuplicate', params: { others, count: found.length } },
  ]);
}
