/** Publishing a month's roster: a version line for the printed roster ("version n, changed on …, by …"). */
import type { z } from 'zod';
import { CareError } from '../../../shared/errors';
import type { PublishSchema, RosterMonthState } from '../../../shared/ipc/rosters';
import { newId, type RosterMonth } from '../../../shared/schema';
import { localNow } from '../rounds';
import type { RosterDeps } from './deps';

/** Publishes the month: the first time version 1, again a new version (the last change line starts afresh). */
export async function publishMonth(
  deps: RosterDeps,
  input: z.output<typeof PublishSchema>,
): Promise<RosterMonthState> {
  const user = deps.user();
  // The version line names an account: a folder with no accounts yet cannot publish.
  if (!user) throw new CareError('auth.required');
  const summary = `${input.month} ${input.preparedBy}${input.approvedBy ? ` / ${input.approvedBy}` : ''}`;
  return deps.store().mutate({ actor: deps.actor, action: 'rosters.publish', summary }, (tx) => {
    const { at } = localNow(deps);
    const old = tx.core.rosterMonths.find((m) => m.month === input.month);
    const month: RosterMonth = {
      id: old?.id ?? newId(),
      createdAt: old?.createdAt ?? at,
      updatedAt: at,
      month: input.month,
      version: (old?.version ?? 0) + 1,
      publishedAt: at,
      publishedBy: user.id,
      preparedBy: input.preparedBy,
      ...(input.approvedBy ? { approvedBy: input.approvedBy } : {}),
      lastChange: null,
    };
    tx.put('core', 'rosterMonths', month);
    return { ...month, publishedByName: user.displayName };
  });
}
