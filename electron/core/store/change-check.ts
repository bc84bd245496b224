import { migrateCore, migrateShard, type Migration } from './migrations/index';
import { CORE_FILE, PERIOD_PATTERN, SHARD_PATH_PATTERN, shardFile } from './paths';
import { schemaOf, type StoreSchemas } from './schemas';
import type { AuditEntry, Change, StoreRecord } from './types';

/**
 * The audit log is plain JSON lines whose hash chain anyone can recompute, so an
 * entry is outside input: before replay writes anything, each change must name a
 * file the store itself would write and carry a record its collection's schema
 * accepts. Answers the parsed changes, or what is wrong (named in the message).
 */
export type CheckedEntry = { ok: true; changes: Change[] } | { ok: false; detail: string };

/** The file a change may touch, whatever its data-model version: core.json or a month file. */
export function isKnownChangeFile(change: unknown): boolean {
  const file = (change as { file?: unknown } | null)?.file;
  if (typeof file !== 'string') return false;
  if (file === CORE_FILE) return true;
  const match = SHARD_PATH_PATTERN.exec(file);
  return match !== null && PERIOD_PATTERN.test(match[2] ?? '');
}

/**
 * What is wrong with where a change says it goes, or null: the file must be the
 * one its own op, kind and period name, and (for the current model) of a known kind.
 */
export function placementProblem(schemas: StoreSchemas, entry: AuditEntry, change: unknown): string | null {
  if (!isKnownChangeFile(change)) return `file ${describe(change)}`;
  const c = change as Change;
  if (c.op === 'put' || c.op === 'set') return c.file === CORE_FILE ? null : `file ${describe(change)}`;
  if (c.op !== 'putShard' || typeof c.kind !== 'string' || typeof c.period !== 'string')
    return `op ${describe(change)}`;
  if (c.file !== shardFile(c.kind, c.period)) return `file ${describe(change)}`;
  if (entry.schemaVersion === schemas.version && !schemaOf(schemas.shardKinds, c.kind))
    return `kind ${describe(change)}`;
  return null;
}

function hasId(value: unknown): value is StoreRecord {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '';
}

function describe(change: unknown): string {
  const { file, op } = (change ?? {}) as { file?: unknown; op?: unknown };
  return `${typeof op === 'string' ? op : '?'} ${typeof file === 'string' ? file.slice(0, 200) : '?'}`;
}

/** One change of the current data-model version, validated and parsed. */
function checkChange(schemas: StoreSchemas, change: Change): Change | string {
  if (!isKnownChangeFile(change)) return `file ${describe(change)}`;
  switch (change.op) {
    case 'put': {
      const schema = schemaOf(schemas.collections, change.collection);
      if (change.file !== CORE_FILE || !schema) return `collection ${describe(change)}`;
      const parsed = schema.safeParse(change.record);
      if (!parsed.success || !hasId(parsed.data)) return `record ${describe(change)}`;
      return { ...change, record: parsed.data };
    }
    case 'set': {
      const schema = schemaOf(schemas.singletons, change.singleton);
      if (change.file !== CORE_FILE || !schema) return `singleton ${describe(change)}`;
      const parsed = schema.safeParse(change.value);
      if (!parsed.success) return `value ${describe(change)}`;
      return { ...change, value: parsed.data };
    }
    case 'putShard': {
      const schema = schemaOf(schemas.shardKinds, change.kind);
      if (
        !schema ||
        !PERIOD_PATTERN.test(change.period) ||
        change.file !== shardFile(change.kind, change.period)
      )
        return `shard ${describe(change)}`;
      const parsed = schema.safeParse(change.record);
      if (!parsed.success || !hasId(parsed.data)) return `record ${describe(change)}`;
      if (schemas.recordPeriod && schemas.recordPeriod(change.kind, parsed.data) !== change.period)
        return `period ${describe(change)}`;
      return { ...change, record: parsed.data };
    }
    default:
      return `op ${describe(change)}`;
  }
}

/**
 * Bring an older entry's change to the current version with the same chain the
 * files went through, by wrapping it in a one-record document.
 */
function migrateChange(change: Change, from: number, to: number, chain: readonly Migration[]): Change {
  if (change.op === 'set') {
    const doc = migrateCore({ schemaVersion: from, [change.singleton]: change.value }, to, chain);
    return { ...change, value: doc[change.singleton] };
  }
  if (change.op === 'put') {
    const doc = migrateCore({ schemaVersion: from, [change.collection]: [change.record] }, to, chain);
    return { ...change, record: (doc[change.collection] as StoreRecord[])[0] as StoreRecord };
  }
  const doc = migrateShard(
    { schemaVersion: from, kind: change.kind, period: change.period, records: [change.record] },
    to,
    chain,
  );
  return { ...change, record: (doc.records as StoreRecord[])[0] as StoreRecord };
}

/** Validate (migrating first if it is older) every change of an entry that is about to be replayed. */
export function checkEntry(
  schemas: StoreSchemas,
  migrations: readonly Migration[],
  entry: AuditEntry,
): CheckedEntry {
  if (entry.schemaVersion > schemas.version) return { ok: false, detail: `version ${entry.schemaVersion}` };
  const out: Change[] = [];
  for (const raw of entry.changes) {
    if (!isKnownChangeFile(raw)) return { ok: false, detail: `file ${describe(raw)}` };
    let change: Change = raw;
    if (entry.schemaVersion < schemas.version) {
      try {
        change = migrateChange(raw, entry.schemaVersion, schemas.version, migrations);
      } catch {
        return { ok: false, detail: `migration ${describe(raw)}` };
      }
    }
    const checked = checkChange(schemas, change);
    if (typeof checked === 'string') return { ok: false, detail: checked };
    out.push(checked);
  }
  return { ok: true, changes: out };
}
