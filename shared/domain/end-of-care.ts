/**
 * The end of care: death or moving away, each on a date. From that day the
 * person's age stops counting and nothing new is recorded after it.
 */
import { ageOn } from './dates';

export const END_OF_CARE_STATUSES = ['deceased', 'movedAway'] as const;
export type EndOfCareStatus = (typeof END_OF_CARE_STATUSES)[number];

interface PersonDates {
  birthDate: string;
  status: string;
  deathDate?: string | undefined;
  movedAwayDate?: string | undefined;
}

/** The day care ended (date of death or of moving away), or null while the person is in care. */
export function careEndDate(person: PersonDates): string | null {
  if (person.status === 'deceased') return person.deathDate ?? null;
  if (person.status === 'movedAway') return person.movedAwayDate ?? null;
  return null;
}

/** Age on `today`, frozen at the end of care: a person who died at 88 stays 88. */
export function personAge(person: PersonDates, today: string): number {
  const end = careEndDate(person);
  return ageOn(person.birthDate, end !== null && end < today ? end : today);
}
