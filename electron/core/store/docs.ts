import { CareError } from '../../../shared/errors';
import { canonicalJson } from './canonical';
import type { Change, CoreData, ShardData, StoreRecord } from './types';

/** A loaded document and, per list, where each id sits, so an upsert is O(1). */
export interface CoreState {
  doc: CoreData;
  index: Map<string, Map<string, number>>;
}

export interface ShardState {
  doc: ShardData;
  index: Map<string, number>;
}

export function indexRecords(records: readonly StoreRecord[]): Map<string, number> {
  return new Map(records.map((record, position) => [record.id, position]));
}

export function coreState(doc: CoreData, collections: readonly string[]): CoreState {
  const index = new Map<string, Map<string, number>>();
  for (const name of collections)
    index.set(name, indexRecords((doc[name] as StoreRecord[] | undefined) ?? []));
  return { doc, index };
}

export function shardState(doc: ShardData): ShardState {
  return { doc, index: indexRecords(doc.records) };
}

/** A record once voided stays voided: the mark can be carried along but never removed or changed. */
function guardVoided(existing: StoreRecord | undefined, next: StoreRecord): void {
  if (existing?.voided === undefined || existing.voided === null) return;
  if (canonicalJson(existing.voided) !== canonicalJson(next.voided)) {
    throw new CareError('store.cannotUnvoid', { id: next.id });
  }
}

/**
 * Copy-on-write upsert: answers a new list (the old one untouched) and the
 * index entries to add once the new list is swapped in.
 */
function upsert(
  list: readonly StoreRecord[],
  index: ReadonlyMap<string, number>,
  records: readonly StoreRecord[],
): { list: StoreRecord[]; added: [string, number][] } {
  const out = list.slice();
  const added: [string, number][] = [];
  const addedIndex = new Map<string, number>();
  for (const record of records) {
    const position = index.get(record.id) ?? addedIndex.get(record.id);
    if (position === undefined) {
      addedIndex.set(record.id, out.length);
      added.push([record.id, out.length]);
      out.push(record);
    } else {
      guardVoided(out[position], record);
      out[position] = record;
    }
  }
  return { list: out, added };
}

export interface NextCore {
  doc: CoreData;
  added: Map<string, [string, number][]>;
}

export function applyToCore(state: CoreState, changes: readonly Change[], appliedSeq: number): NextCore {
  const doc: CoreData = { ...state.doc, appliedSeq };
  const byCollection = new Map<string, StoreRecord[]>();
  for (const change of changes) {
    if (change.op === 'set') doc[change.singleton] = change.value;
    else if (change.op === 'put') {
      const list = byCollection.get(change.collection) ?? [];
      list.push(change.record);
      byCollection.set(change.collection, list);
    }
  }
  const added = new Map<string, [string, number][]>();
  for (const [collection, records] of byCollection) {
    const index: ReadonlyMap<string, number> = state.index.get(collection) ?? new Map<string, number>();
    const result = upsert((state.doc[collection] as StoreRecord[] | undefined) ?? [], index, records);
    doc[collection] = result.list;
    added.set(collection, result.added);
  }
  return { doc, added };
}

export function swapCore(state: CoreState, next: NextCore): void {
  state.doc = next.doc;
  for (const [collection, added] of next.added) {
    const index = state.index.get(collection) ?? new Map<string, number>();
    state.index.set(collection, index);
    for (const [id, position] of added) index.set(id, position);
  }
}

export interface NextShard {
  doc: ShardData;
  added: [string, number][];
}

export function applyToShard(state: ShardState, changes: readonly Change[], appliedSeq: number): NextShard {
  const records = changes.flatMap((change) => (change.op === 'putShard' ? [change.record] : []));
  const result = upsert(state.doc.records, state.index, records);
  return { doc: { ...state.doc, appliedSeq, records: result.list }, added: result.added };
}

export function swapShard(state: ShardState, next: NextShard): void {
  state.doc = next.doc;
  for (const [id, position] of next.added) state.index.set(id, position);
}
