/** Shapes the store works with, independent of the concrete zod schemas. */
export interface StoreRecord {
  id: string;
  [key: string]: unknown;
}

export interface CoreData {
  schemaVersion: number;
  appliedSeq: number;
  [key: string]: unknown;
}

export interface ShardData {
  schemaVersion: number;
  kind: string;
  period: string;
  appliedSeq: number;
  records: StoreRecord[];
}

export interface ShardRef {
  kind: string;
  period: string;
}

export interface VoidInfo {
  by: string;
  reason: string;
}

/** One idempotent upsert recorded in the audit log; replaying it twice changes nothing. */
export type Change =
  | { file: string; op: 'put'; collection: string; record: StoreRecord }
  | { file: string; op: 'set'; singleton: string; value: unknown }
  | { file: string; op: 'putShard'; kind: string; period: string; record: StoreRecord };

export interface AuditEntry {
  seq: number;
  at: string;
  /** User name: an account's, the OS user's for the command line, `system` for the app's own jobs. */
  actor: string;
  /** The account's display name at the time; absent on entries from before accounts. */
  actorName?: string;
  action: string;
  summary: string;
  schemaVersion: number;
  changes: Change[];
  prev: string;
  hash: string;
}

export type FileProblemCode =
  | 'empty'
  | 'unparsable'
  | 'invalid'
  | 'newerVersion'
  | 'missing'
  | 'brokenChain'
  | 'appliedAhead'
  | 'migrationFailed'
  | 'unsafeChange'
  | 'migrationPostponed'
  | 'writeFailed';

export interface FileProblem {
  file: string;
  problem: FileProblemCode;
  /** Where the original bytes were moved or copied, relative to the data folder. */
  quarantined?: string;
  detail?: string;
}

export type ReadOnlyReason =
  | 'quarantined'
  | 'newerVersion'
  | 'auditBroken'
  | 'missingData'
  | 'rollbackFailed'
  | 'backupFailed'
  | 'restoreIncomplete';

export interface ReadOnlyState {
  reason: ReadOnlyReason;
  files: FileProblem[];
}

/** Something that went wrong without stopping the folder from opening; `code` is an i18n key in `errors`. */
export interface StoreWarning {
  code: string;
  params: Record<string, string | number>;
}
