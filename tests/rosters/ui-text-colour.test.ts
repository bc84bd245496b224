import { describe, expect, it } from 'vitest';
import {
  AA_CONTRAST,
  codeColours,
  contrastRatio,
  readableTextColour,
  relativeLuminance,
} from '../../renderer/src/features/rosters/model/text-colour';

describe('text colour on a code colour', () => {
  it('computes luminance and contrast as WCAG does', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    // A known pair: antd's blue-7 on white.
    expect(contrastRatio('#0958d9', '#ffffff')).toBeCloseTo(6.2, 1);
  });

  it('writes dark text on pale fills and white on dark ones', () => {
    expect(readableTextColour('#fff1b8')).toBe('#000000');
    expect(readableTextColour('#e6f4ff')).toBe('#000000');
    expect(readableTextColour('#003a8c')).toBe('#ffffff');
    expect(readableTextColour('#a8071a')).toBe('#ffffff');
  });

  it('reaches AA on every grey and on saturated colours', () => {
    const samples: string[] = [];
    for (let v = 0; v <= 255; v += 5) {
      const hex = v.toString(16).padStart(2, '0');
      samples.push(`#${hex}${hex}${hex}`);
    }
    samples.push('#ff0000', '#00ff00', '#0000ff', '#ff7a45', '#13c2c2', '#722ed1', '#777777', '#808080');
    for (const colour of samples) {
      expect(contrastRatio(colour, readableTextColour(colour))).toBeGreaterThanOrEqual(AA_CONTRAST);
    }
  });

  it('shows a malformed colour as white with dark text', () => {
    expect(codeColours('red')).toEqual({ background: '#ffffff', color: '#000000' });
    expect(codeColours(undefined)).toEqual({ background: '#ffffff', color: '#000000' });
    expect(codeColours('#1F1F1F')).toEqual({ background: '#1F1F1F', color: '#ffffff' });
  });
});
