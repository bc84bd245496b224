import { addDaysIso } from '../../../shared/domain/census';
import { periodOfDate, periodsBetween } from '../../../shared/domain/period';
import type { ShardKind, ShardRecord } from '../../../shared/schema';
import type { CareStore } from '../care-store';

/** The records of `kind` dated from `from` to `to` (both included), from every month they touch. */
export async function recordsBetween<K extends ShardKind>(
  store: CareStore,
  kind: K,
  from: string,
  to: string,
): Promise<ShardRecord<K>[]> {
  const out: ShardRecord<K>[] = [];
  for (const period of periodsBetween(periodOfDate(from), periodOfDate(to))) {
    const shard = await store.shard(kind, period);
    for (const r of shard.records) if (r.date >= from && r.date <= to) out.push(r);
  }
  return out;
}

/** The day after `date`: a night's rounds after midnight carry the next date. */
export const nextDay = (date: string): string => addDaysIso(date, 1);
