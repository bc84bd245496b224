/**
 * Fire patrols (防火巡查): every checklist item answered, a finding always
 * with what was found; kept in the rounds month files as `type: 'patrol'`.
 */
import type { z } from 'zod';
import { CareError } from '../../../shared/errors';
import { isLiveRecord } from '../../../shared/domain/census';
import { patrolNight, stampOf } from '../../../shared/domain/round-plan';
import { periodOfDate } from '../../../shared/domain/period';
import type { DateRangeSchema, PatrolNight, RecordPatrolSchema } from '../../../shared/ipc/rounds';
import type { CoreDoc, Patrol } from '../../../shared/schema';
import { newId } from '../../../shared/schema/common';
import { localNow, type CareDeps } from './deps';
import { nextDay, recordsBetween } from './read';
import { notInFuture, roundStaff } from './rounds-service';

export async function recordPatrol(
  deps: CareDeps,
  input: z.output<typeof RecordPatrolSchema>,
): Promise<Patrol> {
  const { at } = localNow(deps);
  const findings = input.items.filter((i) => i.result === 'finding').length;
  const summary = `${input.date} ${input.time} ${findings}`;
  return deps.store().mutate({ actor: deps.actor, action: 'rounds.recordPatrol', summary }, (tx) => {
    notInFuture(deps, input.date, input.time);
    const staffId = roundStaff(deps, tx.core, input.staffId);
    const answered = new Set(input.items.map((i) => i.item));
    const missing = tx.core.settings.firePatrol.items.filter((item) => !answered.has(item));
    if (missing.length > 0) throw new CareError('rounds.patrolIncomplete', { items: missing.join('、') });
    const blank = input.items.find((i) => i.result === 'finding' && !i.finding);
    if (blank) throw new CareError('rounds.findingRequired', { item: blank.item });
    const patrol: Patrol = {
      id: newId(),
      createdAt: at,
      updatedAt: at,
      type: 'patrol',
      date: input.date,
      time: input.time,
      staffId,
      area: input.area,
      items: input.items.map((i) => ({
        item: i.item,
        result: i.result,
        finding: i.finding ?? '',
        fix: i.fix ?? '',
      })),
      notes: input.notes ?? '',
    };
    tx.put({ kind: 'rounds', period: periodOfDate(input.date) }, patrol);
    return patrol;
  });
}

export async function listPatrols(
  deps: CareDeps,
  input: z.output<typeof DateRangeSchema>,
): Promise<Patrol[]> {
  const records = await recordsBetween(deps.store(), 'rounds', input.from, input.to);
  return records
    .filter((r): r is Patrol => r.type === 'patrol' && isLiveRecord(r))
    .sort((a, b) => (stampOf(a.date, a.time) < stampOf(b.date, b.time) ? -1 : 1));
}

export function patrolNightsOf(
  core: Readonly<CoreDoc>,
  patrols: readonly { id: string; date: string; time: string }[],
  from: string,
  to: string,
  now: string,
): PatrolNight[] {
  const at = patrols.map((p) => ({ id: p.id, at: stampOf(p.date, p.time) }));
  const out: PatrolNight[] = [];
  for (let d = from; d <= to; d = nextDay(d)) {
    const n = patrolNight(d, core.settings.firePatrol, at, now);
    out.push({ night: n.night, required: n.required, done: n.done, patrolIds: n.ids, state: n.state });
  }
  return out;
}

export async function patrolNights(
  deps: CareDeps,
  input: z.output<typeof DateRangeSchema>,
): Promise<PatrolNight[]> {
  const store = deps.store();
  const records = await recordsBetween(store, 'rounds', input.from, nextDay(input.to));
  const patrols = records.filter((r) => r.type === 'patrol' && isLiveRecord(r));
  return patrolNightsOf(store.core, patrols, input.from, input.to, localNow(deps).stamp);
}
