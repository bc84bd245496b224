import type { ZodType } from 'zod';
import { CareError, type FieldIssue } from '../../../shared/errors';
import type { CoreData, ShardData, StoreRecord } from './types';

/**
 * Everything the store needs to know about the data model. Injected so the
 * store can be tested with small schemas; defaults to shared/schema.
 */
export interface StoreSchemas {
  version: number;
  collections: Readonly<Record<string, ZodType>>;
  singletons: Readonly<Record<string, ZodType>>;
  shardKinds: Readonly<Record<string, ZodType>>;
  emptyCore(now: Date): Record<string, unknown>;
  /** 'YYYY-MM' of a shard record's own date, used to refuse a record put into the wrong month. */
  recordPeriod?(kind: string, record: unknown): string;
}

/**
 * The schema of a collection, singleton or shard kind, or undefined. Only own entries count:
 * names come from files and logs, and `constructor` or `toString` must not find Object's members.
 */
export function schemaOf(table: Readonly<Record<string, ZodType>>, name: unknown): ZodType | undefined {
  return typeof name === 'string' && Object.hasOwn(table, name) ? table[name] : undefined;
}

const CODE_LIKE = /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/;

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

export function issuesToFields(issues: readonly IssueLike[], prefix = ''): FieldIssue[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    // Schemas carry i18n codes as messages; anything else is zod's own prose and gets a generic code.
    return { path, code: CODE_LIKE.test(issue.message) ? issue.message : 'validation.invalid' };
  });
}

/** Parse or throw `validation.invalid` with field paths. */
export function parseOrThrow(schema: ZodType, value: unknown, params: Record<string, string> = {}): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CareError('validation.invalid', params, issuesToFields(result.error.issues));
}

export function emptyCoreDoc(schemas: StoreSchemas, now: Date): CoreData {
  const base = schemas.emptyCore(now);
  const doc: CoreData = { ...base, schemaVersion: schemas.version, appliedSeq: 0 };
  for (const name of Object.keys(schemas.collections)) if (!Array.isArray(doc[name])) doc[name] = [];
  return doc;
}

export interface DocCheck<T> {
  ok: boolean;
  doc?: T;
  detail?: string;
}

function firstIssue(issues: readonly IssueLike[], prefix: string): string {
  const fields = issuesToFields(issues.slice(0, 1), prefix);
  const first = fields[0];
  return first ? `${first.path}: ${first.code}` : prefix;
}

/** Validate a whole core document record by record; answer the parsed copy. */
export function checkCore(schemas: StoreSchemas, raw: unknown): DocCheck<CoreData> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, detail: 'not an object' };
  const input = raw as Record<string, unknown>;
  if (typeof input.appliedSeq !== 'number' || !Number.isInteger(input.appliedSeq) || input.appliedSeq < 0) {
    return { ok: false, detail: 'appliedSeq' };
  }
  const doc: CoreData = { ...input, schemaVersion: schemas.version, appliedSeq: input.appliedSeq };
  for (const [name, schema] of Object.entries(schemas.singletons)) {
    const result = schema.safeParse(input[name]);
    if (!result.success) return { ok: false, detail: firstIssue(result.error.issues, name) };
    doc[name] = result.data;
  }
  for (const [name, schema] of Object.entries(schemas.collections)) {
    const list = input[name] ?? [];
    if (!Array.isArray(list)) return { ok: false, detail: `${name}: not a list` };
    const parsed: unknown[] = [];
    const seen = new Set<string>();
    for (const [index, item] of list.entries()) {
      const result = schema.safeParse(item);
      if (!result.success) return { ok: false, detail: firstIssue(result.error.issues, `${name}.${index}`) };
      const id = (result.data as { id?: unknown }).id;
      if (typeof id !== 'string' || seen.has(id)) return { ok: false, detail: `${name}.${index}.id` };
      seen.add(id);
      parsed.push(result.data);
    }
    doc[name] = parsed;
  }
  return { ok: true, doc };
}

/** Validate a shard document: header matches its file, every record valid and in the right month. */
export function checkShard(
  schemas: StoreSchemas,
  raw: unknown,
  kind: string,
  period: string,
): DocCheck<ShardData> {
  const schema = schemaOf(schemas.shardKinds, kind);
  if (!schema) return { ok: false, detail: `unknown kind ${kind}` };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, detail: 'not an object' };
  const input = raw as Record<string, unknown>;
  if (input.kind !== kind || input.period !== period) return { ok: false, detail: 'kind/period' };
  if (typeof input.appliedSeq !== 'number' || !Number.isInteger(input.appliedSeq) || input.appliedSeq < 0) {
    return { ok: false, detail: 'appliedSeq' };
  }
  if (!Array.isArray(input.records)) return { ok: false, detail: 'records: not a list' };
  const records: StoreRecord[] = [];
  const seen = new Set<string>();
  for (const [index, item] of input.records.entries()) {
    const result = schema.safeParse(item);
    if (!result.success) return { ok: false, detail: firstIssue(result.error.issues, `records.${index}`) };
    const record = result.data as StoreRecord;
    if (typeof record.id !== 'string' || seen.has(record.id))
      return { ok: false, detail: `records.${index}.id` };
    if (schemas.recordPeriod && schemas.recordPeriod(kind, record) !== period) {
      return { ok: false, detail: `records.${index}: period` };
    }
    seen.add(record.id);
    records.push(record);
  }
  return {
    ok: true,
    doc: { schemaVersion: schemas.version, kind, period, appliedSeq: input.appliedSeq, records },
  };
}

export function emptyShard(schemas: StoreSchemas, kind: string, period: string): ShardData {
  return { schemaVersion: schemas.version, kind, period, appliedSeq: 0, records: [] };
}
