import type { CoreCollection, CoreRecord, ShardKind, ShardRecord } from '../../../shared/schema';
import type { CenterProfile } from '../../../shared/schema';
import type { Settings } from '../../../shared/schema';
import { periodOf } from './dates';

/**
 * The generated center as a list of monthly batches. Each batch becomes one
 * store mutation: the records created or changed in that month of history,
 * so the audit log reads like the center's own diary.
 */
export interface CorePut {
  collection: CoreCollection;
  record: CoreRecord<CoreCollection>;
}
export interface ShardPut {
  kind: ShardKind;
  period: string;
  record: ShardRecord<ShardKind>;
}
export interface Batch {
  period: string;
  center?: CenterProfile;
  settings?: Settings;
  core: CorePut[];
  shards: ShardPut[];
}

export class PlanBuilder {
  private readonly batches = new Map<string, Batch>();

  /** Records dated before the history window (residents admitted long ago) go in its first month. */
  constructor(private readonly firstPeriod: string) {}

  private batch(day: string): Batch {
    const period = periodOf(day) < this.firstPeriod ? this.firstPeriod : periodOf(day);
    let batch = this.batches.get(period);
    if (!batch) {
      batch = { period, core: [], shards: [] };
      this.batches.set(period, batch);
    }
    return batch;
  }

  setCenter(day: string, center: CenterProfile, settings: Settings): void {
    const batch = this.batch(day);
    batch.center = center;
    batch.settings = settings;
  }

  /** A core record as it stood on `day`; a later put of the same id is a later version. */
  core<C extends CoreCollection>(collection: C, day: string, record: CoreRecord<C>): void {
    this.batch(day).core.push({ collection, record });
  }

  shard<K extends ShardKind>(kind: K, record: ShardRecord<K>): void {
    this.batch(record.date).shards.push({ kind, period: periodOf(record.date), record });
  }

  build(): Batch[] {
    return [...this.batches.values()].sort((a, b) => a.period.localeCompare(b.period));
  }
}
