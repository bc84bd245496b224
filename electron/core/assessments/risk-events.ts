import { RISK_EVENT_TYPES } from '../../../shared/domain/ability';
import type { RiskEventType } from '../../../shared/domain/ability';
import { periodOfDate, periodsBetween } from '../../../shared/domain/period';
import type { ShardView } from '../care-store';

/** How far back incidents count towards the GB/T 42195 "two or more risk events" adjustment. */
export const RISK_WINDOW_DAYS = 30;

export interface RiskEvent {
  date: string;
  type: RiskEventType;
}

/** Reads one care-log month (the store's or a transaction's `shard`). */
export type ReadShard = (kind: 'careLogs', period: string) => Promise<ShardView<'careLogs'>>;

const RISK_TYPES: ReadonlySet<string> = new Set(RISK_EVENT_TYPES);

interface IncidentLike {
  type?: unknown;
  category?: unknown;
  personIds?: unknown;
  date?: unknown;
  voided?: unknown;
}

/** The first day still inside the 30-day window ending on `date`. */
export function windowStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(y, m - 1, d - RISK_WINDOW_DAYS));
  return start.toISOString().slice(0, 10);
}

/**
 * The care-log months of the 30-day window ending on `date`, oldest first. A
 * 30-day window can touch three months (1 March looks back to 30 January), so
 * every month shard it overlaps is read.
 */
export async function readRiskShards(readShard: ReadShard, date: string): Promise<ShardView<'careLogs'>[]> {
  const shards: ShardView<'careLogs'>[] = [];
  for (const period of periodsBetween(periodOfDate(windowStart(date)), periodOfDate(date))) {
    shards.push(await readShard('careLogs', period));
  }
  return shards;
}

/**
 * Risk events (falls, choking, suicide, self-harm, wandering incidents in the
 * care log, not voided) per person within the 30 days up to `date`, from the
 * window's care-log months (see `readRiskShards`).
 */
export function riskEventsIn(
  shards: readonly ShardView<'careLogs'>[],
  date: string,
): Map<string, RiskEvent[]> {
  const from = windowStart(date);
  const out = new Map<string, RiskEvent[]>();
  for (const shard of shards) {
    for (const raw of shard.records) {
      const log = raw as IncidentLike;
      if (log.type !== 'incident' || log.voided || typeof log.date !== 'string') continue;
      if (typeof log.category !== 'string' || !RISK_TYPES.has(log.category)) continue;
      if (log.date < from || log.date > date || !Array.isArray(log.personIds)) continue;
      for (const personId of log.personIds) {
        if (typeof personId !== 'string') continue;
        const list = out.get(personId) ?? [];
        list.push({ date: log.date, type: log.category as RiskEventType });
        out.set(personId, list);
      }
    }
  }
  return out;
}

/** Risk events per person within the 30 days up to `date`, read from the store's care log. */
export async function riskEventsByPerson(
  readShard: ReadShard,
  date: string,
): Promise<Map<string, RiskEvent[]>> {
  return riskEventsIn(await readRiskShards(readShard, date), date);
}

/** Events per type, as the ability factors record them. */
export function countByType(events: readonly RiskEvent[]): Record<RiskEventType, number> {
  const counts = Object.fromEntries(RISK_EVENT_TYPES.map((t) => [t, 0])) as Record<RiskEventType, number>;
  for (const event of events) counts[event.type] += 1;
  return counts;
}
