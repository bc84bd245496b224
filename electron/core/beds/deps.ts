import { toIsoDate } from '../../../shared/domain/dates';
import type { CareStore } from '../care-store';
import type { PeopleDeps } from '../people';

/** What the beds services use: the store, who acts, the clock, and the elders' feature for deaths. */
export interface BedsDeps {
  store: () => CareStore;
  actor: string;
  now?: () => Date;
  people: PeopleDeps;
}

export function clock(deps: BedsDeps): { at: string; today: string } {
  const now = deps.now?.() ?? new Date();
  return { at: now.toISOString(), today: toIsoDate(now) };
}
