/**
 * Readable text on a code's colour. The center picks the cell colours (pale
 * fills usually, but any '#rrggbb' is allowed), so the text colour is chosen
 * by contrast: near-black unless white reads better (WCAG 2 formulas).
 */

// Pure black and white: on any colour one of them reaches at least 4.58:1.
export const DARK_TEXT = '#000000';
export const LIGHT_TEXT = '#ffffff';
/** WCAG AA for normal text. */
export const AA_CONTRAST = 4.5;

const HEX_RE = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/;

export function isHexColour(value: string): boolean {
  return HEX_RE.test(value);
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of '#rrggbb' (0 black … 1 white); white for anything else. */
export function relativeLuminance(hex: string): number {
  const match = HEX_RE.exec(hex);
  if (!match) return 1;
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => channel(parseInt(part ?? '0', 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour with the higher contrast on `background`. */
export function readableTextColour(background: string): string {
  return contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT)
    ? DARK_TEXT
    : LIGHT_TEXT;
}

/** The cell's background and text; a malformed colour shows as white. */
export function codeColours(colour: string | undefined): { background: string; color: string } {
  const background = colour !== undefined && isHexColour(colour) ? colour : '#ffffff';
  return { background, color: readableTextColour(background) };
}
