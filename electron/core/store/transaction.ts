import { CareError } from '../../../shared/errors';
import type { CoreState, ShardState } from './docs';
import { CORE_FILE, PERIOD_PATTERN, shardFile } from './paths';
import { parseOrThrow, schemaOf, type StoreSchemas } from './schemas';
import type { Change, ShardData, ShardRef, StoreRecord, VoidInfo } from './types';

/** What a transaction needs from the store it runs in. */
export interface TxHost {
  schemas: StoreSchemas;
  now(): Date;
  core(): CoreState;
  shard(kind: string, period: string): Promise<ShardState>;
}

function asRecord(value: unknown): StoreRecord {
  const id = (value as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || id === '') {
    throw new CareError('validation.invalid', {}, [{ path: 'id', code: 'validation.required' }]);
  }
  return value as StoreRecord;
}

/**
 * The working copy of one mutation. Reads see committed data plus this
 * mutation's own puts; nothing reaches memory or disk until the store commits.
 * There is deliberately no delete: care records are voided, never removed.
 */
export class Transaction<C extends object> {
  private readonly pending = new Map<string, Change>();
  private readonly host: TxHost;

  constructor(host: TxHost) {
    this.host = host;
  }

  /** The committed core as it was when this mutation started. */
  get core(): Readonly<C> {
    return this.host.core().doc as unknown as Readonly<C>;
  }

  /** A committed monthly shard (loaded and validated on first use). */
  async shard(kind: string, period: string): Promise<Readonly<ShardData>> {
    this.checkShardRef({ kind, period });
    return (await this.host.shard(kind, period)).doc;
  }

  put(target: 'core', collection: string, record: unknown): StoreRecord;
  put(target: ShardRef, record: unknown): StoreRecord;
  put(target: 'core' | ShardRef, a: unknown, b?: unknown): StoreRecord {
    if (target === 'core') {
      const collection = String(a);
      const schema = schemaOf(this.host.schemas.collections, collection);
      if (!schema) throw new CareError('store.unknownCollection', { name: collection });
      const record = asRecord(parseOrThrow(schema, b));
      this.pending.set(`${CORE_FILE}|${collection}|${record.id}`, {
        file: CORE_FILE,
        op: 'put',
        collection,
        record,
      });
      return record;
    }
    const { kind, period } = this.checkShardRef(target);
    const schema = schemaOf(this.host.schemas.shardKinds, kind);
    if (!schema) throw new CareError('store.unknownCollection', { name: kind });
    const record = asRecord(parseOrThrow(schema, a));
    const expected = this.host.schemas.recordPeriod?.(kind, record);
    if (expected !== undefined && expected !== period) {
      throw new CareError('store.wrongPeriod', { kind, period, expected });
    }
    const file = shardFile(kind, period);
    this.pending.set(`${file}|${record.id}`, { file, op: 'putShard', kind, period, record });
    return record;
  }

  /** Replace a core singleton (`center`, `settings`). */
  set(singleton: string, value: unknown): void {
    const schema = schemaOf(this.host.schemas.singletons, singleton);
    if (!schema) throw new CareError('store.unknownCollection', { name: singleton });
    const parsed = parseOrThrow(schema, value);
    this.pending.set(`${CORE_FILE}|=${singleton}`, { file: CORE_FILE, op: 'set', singleton, value: parsed });
  }

  /** A core record including this mutation's own pending put. */
  get(collection: string, id: string): StoreRecord | undefined {
    const change = this.pending.get(`${CORE_FILE}|${collection}|${id}`);
    if (change?.op === 'put') return change.record;
    const state = this.host.core();
    const position = state.index.get(collection)?.get(id);
    return position === undefined ? undefined : (state.doc[collection] as StoreRecord[])[position];
  }

  /** A shard record including this mutation's own pending put. */
  async getShardRecord(ref: ShardRef, id: string): Promise<StoreRecord | undefined> {
    const file = shardFile(ref.kind, ref.period);
    const change = this.pending.get(`${file}|${id}`);
    if (change?.op === 'putShard') return change.record;
    const state = await this.host.shard(ref.kind, ref.period);
    const position = state.index.get(id);
    return position === undefined ? undefined : state.doc.records[position];
  }

  /**
   * Void a care record: it stays, marked `voided: { at, by, reason }`. For a
   * shard record pass the shard ref as target and its kind again as the name.
   */
  async void(
    target: 'core' | ShardRef,
    collectionOrKind: string,
    id: string,
    info: VoidInfo,
  ): Promise<StoreRecord> {
    if (target !== 'core' && target.kind !== collectionOrKind) {
      throw new CareError('store.unknownCollection', { name: collectionOrKind });
    }
    const current =
      target === 'core' ? this.get(collectionOrKind, id) : await this.getShardRecord(target, id);
    if (!current) throw new CareError('store.recordNotFound', { collection: collectionOrKind, id });
    if (current.voided !== undefined && current.voided !== null)
      throw new CareError('store.alreadyVoided', { id });
    const at = this.host.now().toISOString();
    const next = {
      ...current,
      voided: { at, by: info.by, reason: info.reason },
      ...('updatedAt' in current ? { updatedAt: at } : {}),
    };
    return target === 'core' ? this.put('core', collectionOrKind, next) : this.put(target, next);
  }

  /** Every change, in the order first touched. */
  changes(): Change[] {
    return [...this.pending.values()];
  }

  private checkShardRef(ref: ShardRef): ShardRef {
    if (!schemaOf(this.host.schemas.shardKinds, ref.kind))
      throw new CareError('store.unknownCollection', { name: ref.kind });
    if (!PERIOD_PATTERN.test(ref.period)) throw new CareError('store.badPeriod', { period: ref.period });
    return ref;
  }
}
