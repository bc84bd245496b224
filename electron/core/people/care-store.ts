import type { CoreDoc } from '../../../shared/schema';
import type { MutationMeta } from '../services/store-port';

/** A month shard as the people services read it. */
export interface ShardView {
  readonly records: readonly unknown[];
}

/** The part of a mutation's transaction the people services use. */
export interface CareTx {
  readonly core: Readonly<CoreDoc>;
  put(target: 'core', collection: string, record: unknown): unknown;
  shard(kind: string, period: string): Promise<Readonly<ShardView>>;
}

/**
 * The store as the people and assessment services see it: the whole typed core
 * plus shards. The real `Store<CoreDoc>` satisfies it; declared structurally so
 * the services stay testable without importing the store.
 */
export interface CareStore {
  /** Set when the data folder could only be opened for reading (see the store). */
  readonly readOnly?: { readonly reason: string } | null;
  readonly core: Readonly<CoreDoc>;
  shard(kind: string, period: string): Promise<Readonly<ShardView>>;
  mutate<T>(meta: MutationMeta, fn: (tx: CareTx) => Promise<T> | T): Promise<T>;
}
