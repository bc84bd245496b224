/** The roster rules (settings `rosterRules`): saved on their own channel, with the care posts checked. */
import type { z } from 'zod';
import { CareError } from '../../../shared/errors';
import type { SaveRulesSchema } from '../../../shared/ipc/rosters';
import type { RosterRules, Settings } from '../../../shared/schema';
import { localNow } from '../rounds';
import { isKnownPost } from '../staff';
import type { RosterDeps } from './deps';

export async function saveRules(
  deps: RosterDeps,
  input: z.output<typeof SaveRulesSchema>,
): Promise<RosterRules> {
  const rules: RosterRules = { ...input, carePosts: [...new Set(input.carePosts)] };
  const summary = `rest ${String(rules.restAfterNightHours)}/${String(rules.restHours)} h, ${String(rules.maxDaysInRow)} d, ${String(rules.weekHoursLimit)} h/wk, +${String(rules.monthOvertimeLimit)} h/mo, night ≥ ${String(rules.nightMinimumCarers)}, care: ${rules.carePosts.join('、')}`;
  return deps.store().mutate({ actor: deps.actor, action: 'rosters.saveRules', summary }, (tx) => {
    const unknown = rules.carePosts.find((p) => !isKnownPost(p, tx.core.settings.customPosts));
    if (unknown !== undefined) throw new CareError('rosters.unknownPost', { post: unknown });
    const settings: Settings = { ...tx.core.settings, rosterRules: rules, updatedAt: localNow(deps).at };
    tx.set('settings', settings);
    return rules;
  });
}
