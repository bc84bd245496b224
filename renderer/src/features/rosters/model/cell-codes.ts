/**
 * What a person types into a roster cell, read against the codes the center
 * has: "白", "n" (matches "N"), "白/夜" (two shifts on one day), "" (clears).
 * Codes share one namespace and compare without case, as in the core.
 */

export interface KnownCode {
  code: string;
  active: boolean;
}

export type CellParse =
  | { ok: true; codes: string[] }
  | { ok: false; reason: 'unknown'; token: string }
  | { ok: false; reason: 'inactive'; token: string }
  | { ok: false; reason: 'tooMany' };

/** Slashes (ASCII or full-width), commas, 、 and spaces all separate two codes. */
const SEPARATORS = /[/／,，、\s]+/;

/** The code as the center wrote it, for a token typed in any case. */
export function findCode(token: string, codes: readonly KnownCode[]): KnownCode | undefined {
  const wanted = token.trim().toLocaleLowerCase();
  return (
    codes.find((c) => c.code === token.trim()) ?? codes.find((c) => c.code.toLocaleLowerCase() === wanted)
  );
}

export function parseCellInput(text: string, codes: readonly KnownCode[]): CellParse {
  const tokens = text
    .split(SEPARATORS)
    .map((token) => token.trim())
    .filter((token) => token !== '');
  if (tokens.length > 2) return { ok: false, reason: 'tooMany' };
  const out: string[] = [];
  for (const token of tokens) {
    const known = findCode(token, codes);
    if (!known) return { ok: false, reason: 'unknown', token };
    if (!known.active) return { ok: false, reason: 'inactive', token: known.code };
    out.push(known.code);
  }
  return { ok: true, codes: out };
}

/** A cell as printed and shown: two shifts joined by '/'. */
export function cellText(codes: readonly string[] | undefined): string {
  return codes === undefined ? '' : codes.join('/');
}

export function sameCodes(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((code, i) => code === right[i]);
}
