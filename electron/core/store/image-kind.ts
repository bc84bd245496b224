/**
 * What an image really is, from its first bytes (never from its name): the
 * JPEG start-of-image marker or the PNG signature. Anything else is refused.
 */
export type ImageKind = 'jpg' | 'png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function imageKindOf(bytes: Uint8Array): ImageKind | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png';
  return null;
}

export const IMAGE_MIME: Record<ImageKind, string> = { jpg: 'image/jpeg', png: 'image/png' };
