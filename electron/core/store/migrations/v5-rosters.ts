import type { Migration } from './index';

/**
 * The roster gets its rules (the labour-law limits it warns about and the
 * cover it asks for), the center's holidays table and the state of each
 * month's roster (published, its version line). The cells stay the month
 * files of kind `roster` they already were, so shards pass unchanged.
 */
/** The rules as version 5 first shipped them, written out so a later change of the defaults cannot change this step. */
const RULES_V5 = {
  restAfterNightHours: 12,
  restHours: 8,
  maxDaysInRow: 6,
  weekHoursLimit: 44,
  monthOvertimeLimit: 36,
  nightMinimumCarers: 1,
  carePosts: ['carer'],
};

export const v5Rosters: Migration = {
  version: 5,
  name: 'rosters',
  core: (doc) => ({
    ...doc,
    settings: { ...((doc.settings ?? {}) as Record<string, unknown>), rosterRules: { ...RULES_V5 } },
    holidays: Array.isArray(doc.holidays) ? doc.holidays : [],
    rosterMonths: Array.isArray(doc.rosterMonths) ? doc.rosterMonths : [],
  }),
  shard: (doc) => doc,
};
