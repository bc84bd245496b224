import type { DayCode, ShiftTemplate } from '../../../shared/schema';

/** Codes compare without case and surrounding spaces: `n` and `N` on one roster would be read as one. */
export function codeKey(code: string): string {
  return code.trim().toLocaleLowerCase('en');
}

export interface CodeHolder {
  list: 'shiftTemplates' | 'dayCodes';
  id: string;
  code: string;
  name: string;
}

/** Every shift and day code, tagged with its list: the roster stores the code alone, so both share one namespace. */
export function allCodes(
  shiftTemplates: readonly ShiftTemplate[],
  dayCodes: readonly DayCode[],
): CodeHolder[] {
  return [
    ...shiftTemplates.map((t) => ({ list: 'shiftTemplates' as const, id: t.id, code: t.code, name: t.name })),
    ...dayCodes.map((d) => ({ list: 'dayCodes' as const, id: d.id, code: d.code, name: d.name })),
  ];
}

/** The other shift template or day code already using `code` (any case), if any. */
export function codeHolder(
  holders: readonly CodeHolder[],
  code: string,
  exceptId?: string,
): CodeHolder | undefined {
  const key = codeKey(code);
  return holders.find((h) => h.id !== exceptId && codeKey(h.code) === key);
}

/** Pairs of records sharing a code across both lists (what verify reports). */
export function duplicateCodes(holders: readonly CodeHolder[]): [CodeHolder, CodeHolder][] {
  const first = new Map<string, CodeHolder>();
  const out: [CodeHolder, CodeHolder][] = [];
  for (const holder of holders) {
    const key = codeKey(holder.code);
    const earlier = first.get(key);
    if (earlier) out.push([earlier, holder]);
    else first.set(key, holder);
  }
  return out;
}
