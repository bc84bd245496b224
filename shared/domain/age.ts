/**
 * Ages the center expects. Elders' services start at 60, yet a younger person with
 * a disability is sometimes served, so the plausible range is wide (40-120): outside
 * it a typing slip (2030 for 1930, 1995 for 1935) is far likelier than a real elder,
 * and the clerk must confirm it.
 */
import { ageOn } from './dates';

export const AGE_CONFIRM_BELOW = 40;
export const AGE_CONFIRM_ABOVE = 120;

/** True when the age on `today` is outside 40-120 and must be confirmed before saving. */
export function ageNeedsConfirmation(birthDate: string, today: string): boolean {
  const age = ageOn(birthDate, today);
  return age < AGE_CONFIRM_BELOW || age > AGE_CONFIRM_ABOVE;
}
