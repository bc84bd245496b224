import { spansOverlap } from '../../../shared/domain/census';

/**
 * A referential problem, shaped like the store's VerifyProblem so that
 * verifyStore can report it beside its own. `code` is a key of the `cli`
 * catalogue (`checks.*`); params name the records involved.
 */
export interface ReferenceProblem {
  file: string;
  code: string;
  params: Record<string, string | number>;
}

export const CORE_FILE = 'core.json';

export function problem(
  file: string,
  code: string,
  params: Record<string, string | number>,
): ReferenceProblem {
  return { file, code: `checks.${code}`, params };
}

/** Care records that have been voided no longer count for occupancy or overlaps. */
export function isLive(record: { voided?: unknown }): boolean {
  return record.voided === undefined || record.voided === null;
}

/** Half-open date ranges [from, to): a bed left on the 5th can be taken on the 5th. null = still open. */
export function overlaps(aFrom: string, aTo: string | null, bFrom: string, bTo: string | null): boolean {
  return spansOverlap({ from: aFrom, until: aTo }, { from: bFrom, until: bTo });
}
