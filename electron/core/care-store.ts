import type {
  CoreCollection,
  CoreDoc,
  CoreRecord,
  CoreSingleton,
  ShardKind,
  ShardRecord,
} from '../../shared/schema';
import type { MutationMeta, Store, StoreWarning } from './store';

export type { MutationMeta } from './store';

/** A month shard of one kind, its records typed by that kind. */
export interface ShardView<K extends ShardKind = ShardKind> {
  readonly records: readonly ShardRecord<K>[];
}

export interface ShardRef<K extends ShardKind = ShardKind> {
  kind: K;
  period: string;
}

/** Why the data folder is read-only, as far as the services care. */
export interface StoreReadOnly {
  reason: string;
  files: readonly (string | { file: string; problem?: string; reason?: string })[];
}

/**
 * One mutation's working copy, typed by the data model: `put('core', 'stays', record)`
 * accepts only a Stay, `put({ kind: 'careLogs', period }, record)` only a care log.
 */
export interface CareTx {
  readonly core: Readonly<CoreDoc>;
  put<C extends CoreCollection>(target: 'core', collection: C, record: CoreRecord<C>): void;
  put<K extends ShardKind>(target: ShardRef<K>, record: ShardRecord<K>): void;
  set<S extends CoreSingleton>(singleton: S, value: CoreDoc[S]): void;
  shard<K extends ShardKind>(kind: K, period: string): Promise<ShardView<K>>;
}

/**
 * The store as every feature service sees it: the typed core, typed shards and
 * audited mutations. Services depend on this port, never on the store class,
 * so tests can hand them a fake.
 */
export interface CareStore {
  /** Set when the data folder could only be opened for reading (see the store). */
  readonly readOnly: StoreReadOnly | null;
  /** Problems that did not stop the folder from opening (a failed start-up backup). */
  readonly warnings: readonly StoreWarning[];
  readonly core: Readonly<CoreDoc>;
  shard<K extends ShardKind>(kind: K, period: string): Promise<ShardView<K>>;
  mutate<T>(meta: MutationMeta, fn: (tx: CareTx) => Promise<T> | T): Promise<T>;
  /** An audit line without a change (sign-in, export, print); false while read-only (nothing written). */
  record(meta: MutationMeta): Promise<boolean>;
}

/** Who the audit names: the user name and, for an account, its display name. */
export interface Actor {
  username: string;
  displayName?: string;
}

/** The app's own jobs (start-up backup, daily backup, scheduler) and calls before anyone signs in. */
export const SYSTEM_ACTOR: Actor = { username: 'system' };

/**
 * The real store behind the port. The store itself is generic (any collection
 * name, records as plain objects); it validates every record it loads or puts
 * with the shared/schema schemas of its kind, which is what makes reading a
 * shard's records as `ShardRecord<K>` sound.
 */
export function careStore(store: Store<CoreDoc>, actor?: () => Actor | null): CareStore {
  // The session's user wins over whatever a service passed: every entry names who
  // is signed in on this window, and no service can record someone else. With
  // nobody signed in (first run, a failed sign-in) the service's own actor stands.
  const stamp = (meta: MutationMeta): MutationMeta => {
    const who = actor?.();
    if (!who) return meta;
    const { actorName: _ignored, ...rest } = meta;
    return {
      ...rest,
      actor: who.username,
      ...(who.displayName === undefined ? {} : { actorName: who.displayName }),
    };
  };
  return {
    get readOnly() {
      return store.readOnly;
    },
    get warnings() {
      return store.warnings;
    },
    get core() {
      return store.core;
    },
    shard: <K extends ShardKind>(kind: K, period: string) =>
      store.shard(kind, period) as Promise<unknown> as Promise<ShardView<K>>,
    record: (meta) => store.recordEvent(stamp(meta)),
    mutate: (meta, fn) =>
      store.mutate(stamp(meta), (tx) =>
        fn({
          get core() {
            return tx.core;
          },
          put: (target: 'core' | ShardRef, a: unknown, b?: unknown) => {
            if (target === 'core') tx.put('core', String(a), b);
            else tx.put(target, a);
          },
          set: (singleton, value) => tx.set(singleton, value),
          shard: <K extends ShardKind>(kind: K, period: string) =>
            tx.shard(kind, period) as Promise<unknown> as Promise<ShardView<K>>,
        }),
      ),
  };
}
