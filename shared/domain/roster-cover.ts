/**
 * Cover of one shift: carers needed for the residents in the house at its
 * start against carers rostered on it.
 */

export interface CoverRatios {
  level0: number;
  level1: number;
  level2: number;
  level3: number;
  level4: number;
}

/** Residents per carer for an ability level (0 = 能力完好 … 4 = 能力完全丧失). */
export function ratioOf(ratios: CoverRatios, level: number | null): number {
  // A resident with no assessment yet: the strictest ratio, so a missing
  // assessment can only make the roster ask for more carers, never fewer.
  if (level === null)
    return Math.min(ratios.level0, ratios.level1, ratios.level2, ratios.level3, ratios.level4);
  const key = `level${Math.min(4, Math.max(0, Math.round(level)))}` as keyof CoverRatios;
  return ratios[key];
}

/**
 * Carers needed: Σ 1/ratio over the residents, rounded up; a night shift at
 * least `nightMinimum`.
 */
export function carersNeeded(
  levels: readonly (number | null)[],
  ratios: CoverRatios,
  night: boolean,
  nightMinimum: number,
): number {
  let sum = 0;
  for (const level of levels) sum += 1 / ratioOf(ratios, level);
  // Floating sums of thirds land a hair above the whole number; 1e-9 is far below any real part of a carer.
  const needed = Math.max(0, Math.ceil(sum - 1e-9));
  return night ? Math.max(needed, nightMinimum) : needed;
}

export interface ShiftCover {
  needed: number;
  rostered: number;
  /** needed − rostered when positive, else 0. */
  short: number;
}

export function coverOf(needed: number, rostered: number): ShiftCover {
  return { needed, rostered, short: Math.max(0, needed - rostered) };
}
