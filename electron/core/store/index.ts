/** Durable local database: public surface. Node-only; no Electron. */
export {
  openStore,
  Store,
  DEFAULT_CORE_CHECKPOINT,
  type CoreCheckpointPolicy,
  type StoreOptions,
  type MutationMeta,
} from './store';
export { Transaction } from './transaction';
export {
  verifyStore,
  type VerifyOptions,
  type VerifyProblem,
  type VerifyResult,
  type ShardLoader,
} from './verify';
export {
  BACKUP_REASONS,
  DEFAULT_RETENTION,
  applyRetention,
  createBackup,
  listBackups,
  selectBackupsToKeep,
  RETENTION_FLOOR,
  type BackupInfo,
  type BackupReason,
  type RetentionPolicy,
} from './backups';
export {
  ARCHIVE_SUFFIX,
  LEGACY_SUFFIX,
  MANIFEST_ENTRY,
  DEFAULT_RESTORE_LIMITS,
  type BackupManifest,
  type RestoreLimits,
} from './backup-format';
export { MIGRATIONS, migrateCore, migrateShard, type Migration } from './migrations/index';
export { DurableJsonFile, writeFileDurably } from './durable-file';
export { nodeFileSystem, type FileSystem, type FileHandleLike, type FileStat } from './fs';
export type { StoreSchemas } from './schemas';
export type { StoreStats } from './stats';
export type {
  AuditEntry,
  Change,
  CoreData,
  FileProblem,
  ReadOnlyReason,
  ReadOnlyState,
  ShardData,
  ShardRef,
  StoreRecord,
  StoreWarning,
  VoidInfo,
} from './types';
