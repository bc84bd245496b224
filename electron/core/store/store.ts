import { basename } from 'node:path';
import { CareError } from '../../../shared/errors';
import { appendEntry, auditReceipt, sealEntry, undoAppend, type AppendReceipt } from './audit';
import type { RestoreLimits } from './backup-format';
import {
  BACKUP_REASONS,
  createBackup,
  listBackups,
  type BackupInfo,
  type BackupReason,
  type RetentionPolicy,
} from './backups';
import {
  applyToCore,
  coreState,
  applyToShard,
  swapCore,
  swapShard,
  type CoreState,
  type NextCore,
  type NextShard,
  type ShardState,
} from './docs';
import { writeDocument, writeFileDurably } from './durable-file';
import { ioError } from './errors';
import { ensureDir, nodeFileSystem, readIfExists, unlinkIfExists, type FileSystem } from './fs';
import { loadData, readShard, type LoadContext } from './load';
import { acquireLock, type HeldLock } from './lock';
import { MIGRATIONS, type Migration } from './migrations/index';
import {
  AUDIT_DIR,
  BACKUPS_DIR,
  CORE_FILE,
  RECORDS_DIR,
  RESTORE_STAGING_DIR,
  abs,
  auditFile,
  dayOf,
  monthOf,
  shardFile,
} from './paths';
import { settleQuarantine } from './quarantine';
import { discardStaging, finishPendingRestore, markStagingComplete, stageBackup } from './restore';
import { emptyCoreDoc, type StoreSchemas } from './schemas';
import { collectStats, type StoreStats } from './stats';
import { Transaction } from './transaction';
import type {
  Change,
  CoreData,
  FileProblem,
  ReadOnlyReason,
  ReadOnlyState,
  ShardData,
  StoreWarning,
} from './types';
import { backupWarning, isBackupWarning } from './warnings';

export interface StoreOptions {
  dir: string;
  fs?: FileSystem;
  now?: () => Date;
  /** Data model; defaults to shared/schema. */
  schemas?: StoreSchemas;
  /** Migration chain; defaults to migrations/index.ts. */
  migrations?: readonly Migration[];
  /**
   * When core.json catches up with the log. A change is durable once its audit
   * line is synced; core.json (megabytes after years of history) is then
   * rewritten after `idleMs` without further core changes, once `maxEntries`
   * changes have gathered, before a backup and on close. A crash in between
   * loses nothing: the next open replays the log onto it. `'eager'` rewrites it
   * with every change, as a check-in rewrites its month file.
   */
  coreWrites?: 'eager' | Partial<CoreCheckpointPolicy>;
  backup?: {
    /** Take a 'start' backup after a successful open. */
    onStart?: boolean;
    /** Take a 'daily' backup on open when none exists for today (and on maybeDailyBackup()). */
    daily?: boolean;
    /** Fixed, or read from the committed core each time (so the center's settings apply at once). */
    retention?: Partial<RetentionPolicy> | ((core: unknown) => Partial<RetentionPolicy> | undefined);
    /** What a restore accepts at most (tests lower these). */
    restoreLimits?: Partial<RestoreLimits>;
  };
}

export interface CoreCheckpointPolicy {
  /** Quiet time after the last core change before core.json is rewritten. */
  idleMs: number;
  /** Core changes that may wait in the log at most; the next one rewrites core.json at once. */
  maxEntries: number;
}

/** One second of quiet: a clerk's next save rarely waits behind the rewrite. */
export const DEFAULT_CORE_CHECKPOINT: CoreCheckpointPolicy = { idleMs: 1000, maxEntries: 100 };

export interface MutationMeta {
  /** User name written in the audit entry. */
  actor: string;
  /** Display name of the account, when an account acts. */
  actorName?: string;
  action: string;
  summary?: string;
}

function readOnlyReasonOf(problem: FileProblem): ReadOnlyReason {
  switch (problem.problem) {
    case 'newerVersion':
      return 'newerVersion';
    case 'brokenChain':
    case 'appliedAhead':
    case 'unsafeChange':
      return 'auditBroken';
    case 'missing':
      return 'missingData';
    case 'migrationPostponed':
      return 'backupFailed';
    default:
      return 'quarantined';
  }
}

export class Store<C extends object = CoreData> {
  readonly dir: string;
  private readonly fs: FileSystem;
  private readonly now: () => Date;
  private readonly schemas: StoreSchemas;
  private readonly migrations: readonly Migration[];
  private readonly backupOptions: NonNullable<StoreOptions['backup']>;
  private lock: HeldLock | null;
  private coreState!: CoreState;
  /** False until the first load has set coreState (the before-migration backup runs earlier). */
  private loaded = false;
  private shards = new Map<string, ShardState>();
  private lastSeq = 0;
  private lastHash = '';
  private lastAuditPeriod: string | null = null;
  private state: ReadOnlyState | null = null;
  private warningList: readonly StoreWarning[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** null: core.json is rewritten with every change. */
  private readonly checkpointPolicy: CoreCheckpointPolicy | null;
  /** `appliedSeq` of core.json on disk; the core in memory may be ahead (see `coreWrites`). */
  private coreSeqOnDisk = 0;
  private checkpointTimer: ReturnType<typeof setTimeout> | null = null;

  /** Use openStore(). */
  constructor(
    options: Required<Pick<StoreOptions, 'dir' | 'fs' | 'now' | 'schemas' | 'migrations'>> & StoreOptions,
    lock: HeldLock,
  ) {
    this.dir = options.dir;
    this.fs = options.fs;
    this.now = options.now;
    this.schemas = options.schemas;
    this.migrations = options.migrations;
    this.backupOptions = options.backup ?? {};
    this.checkpointPolicy =
      options.coreWrites === 'eager' ? null : { ...DEFAULT_CORE_CHECKPOINT, ...options.coreWrites };
    this.lock = lock;
  }

  /** null when writable; otherwise why not, and which files are affected. */
  get readOnly(): ReadOnlyState | null {
    return this.state;
  }

  /**
   * Things staff should know that did not stop the folder from opening (e.g. the
   * start-up backup failed). Shown as a banner; the data itself is fine.
   */
  get warnings(): readonly StoreWarning[] {
    return this.warningList;
  }

  /** The committed core. Never mutate it: changes go through mutate(). */
  get core(): Readonly<C> {
    return this.coreState.doc as unknown as Readonly<C>;
  }

  /** Sequence number of the last committed mutation. */
  get seq(): number {
    return this.lastSeq;
  }

  /** A monthly shard, loaded and validated on first use. Inside mutate() use tx.shard(). */
  async shard(kind: string, period: string): Promise<Readonly<ShardData>> {
    const cached = this.shards.get(shardFile(kind, period));
    if (cached) return cached.doc;
    return this.enqueue(async () => new Transaction<C>(this.txHost()).shard(kind, period));
  }

  /** Run one mutation: validated, logged, written durably, then visible. Resolves with fn's result. */
  mutate<T>(meta: MutationMeta, fn: (tx: Transaction<C>) => T | Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      if (this.state) throw new CareError('store.readOnly', { reason: this.state.reason });
      const tx = new Transaction<C>(this.txHost());
      const result = await fn(tx);
      const changes = tx.changes();
      if (changes.length > 0) await this.commit(meta, changes);
      return result;
    });
  }

  /**
   * An audit line that changes no record: a sign-in, a failed sign-in, an
   * export, a print page opened. Answers false (and writes nothing) while the
   * data is read-only, since the log cannot grow then either.
   */
  recordEvent(meta: MutationMeta): Promise<boolean> {
    return this.enqueue(async () => {
      if (this.state) return false;
      await this.commit(meta, []);
      return true;
    });
  }

  async createBackup(reason: BackupReason = 'manual'): Promise<BackupInfo> {
    if (!BACKUP_REASONS.includes(reason)) throw new CareError('store.badBackupReason', { reason });
    return this.enqueue(async () => {
      // A backup of damaged data could not be restored, and retention would let it push out
      // the good backups taken before the damage.
      if (this.state) throw new CareError('store.readOnlyBackup', { reason: this.state.reason });
      return this.backupNow(reason);
    });
  }

  listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.dir, this.fs);
  }

  /** Take a 'daily' backup if none has been taken today. Answers it, or null. */
  async maybeDailyBackup(): Promise<BackupInfo | null> {
    return this.enqueue(async () => {
      if (this.state) return null; // see createBackup: never back up damaged data on a timer
      const today = dayOf(this.now());
      const newest = (await listBackups(this.dir, this.fs))[0];
      if (newest && dayOf(newest.createdAt) === today) return null;
      try {
        const info = await this.backupNow('daily');
        this.clearBackupWarnings();
        return info;
      } catch (error) {
        // Shown in the banner as well as thrown to the caller's log: the timer tries again later.
        this.addWarning(backupWarning('daily', ioError(error, BACKUPS_DIR)));
        throw error;
      }
    });
  }

  /**
   * Replace all data with a backup. The backup is streamed into a staging folder
   * and checked through (names, sizes, checksums, every record and audit entry)
   * before anything else happens; then the current state is saved as a
   * 'before-restore' backup, the staging is marked complete and swapped in. From
   * that mark on, a failure leaves the store read-only (memory would no longer
   * match the files) until the next open finishes the swap.
   */
  async restoreBackup(file: string, actor = 'local'): Promise<BackupInfo> {
    return this.enqueue(async () => {
      const path = /[\\/]/.test(file) ? file : abs(this.dir, `backups/${file}`);
      let saved: BackupInfo;
      try {
        const files = await stageBackup(this.fs, this.dir, path, {
          schemas: this.schemas,
          migrations: this.migrations,
          ...(this.backupOptions.restoreLimits ? { limits: this.backupOptions.restoreLimits } : {}),
        });
        try {
          saved = await this.backupNow('before-restore');
          await markStagingComplete(this.fs, this.dir, files);
        } catch (error) {
          await discardStaging(this.fs, this.dir).catch(() => undefined);
          throw error;
        }
      } catch (error) {
        throw ioError(error, 'backups');
      }
      try {
        await finishPendingRestore(this.fs, this.dir);
        await settleQuarantine(this.fs, this.dir, this.now());
        await this.reload();
      } catch (error) {
        this.state = {
          reason: 'restoreIncomplete',
          files: [{ file: RESTORE_STAGING_DIR, problem: 'writeFailed' }],
        };
        throw new CareError('store.restoreIncomplete', { cause: ioError(error, 'backups').code }, [], {
          cause: error,
        });
      }
      // The restored log goes on with a record of the restore itself: who, when, from which file.
      if (!this.state) {
        await this.commit({ actor, action: 'backups.restore', summary: basename(path) }, []).catch(
          () => undefined, // the data is restored either way; a full disk shows on the next change
        );
      }
      return saved;
    });
  }

  /**
   * Check a backup file exactly as a restore would (limits, names, checksums, every document and
   * audit entry), staging it under `workDir` instead of beside the data. Nothing of the data is
   * touched and the store's queue is not held, so the app stays usable while a large file from a
   * USB stick is checked. Answers the staged files (under `workDir/.restore-staging`); the caller
   * removes `workDir`.
   */
  checkBackupFile(path: string, workDir: string): Promise<string[]> {
    return stageBackup(this.fs, workDir, path, {
      schemas: this.schemas,
      migrations: this.migrations,
      ...(this.backupOptions.restoreLimits ? { limits: this.backupOptions.restoreLimits } : {}),
    });
  }

  /** Counts per collection and shard, and file sizes. */
  stats(): Promise<StoreStats> {
    return this.enqueue(() =>
      collectStats(this.fs, this.dir, this.coreState.doc, Object.keys(this.schemas.collections), this.shards),
    );
  }

  /** Wait for pending work and release the lock. No new work is accepted once closing has begun. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.catch(() => undefined);
    // What the log holds beyond core.json is replayed at the next open anyway; writing it now
    // keeps that open quick. A failure here loses nothing.
    await this.checkpointCore().catch(() => undefined);
    await this.lock?.release();
    this.lock = null;
  }

  /** @internal Loads everything and applies the backup-on-open options. Called once by openStore. */
  async start(): Promise<void> {
    try {
      await finishPendingRestore(this.fs, this.dir);
    } catch (error) {
      await this.startWithSwapPending(error);
      return;
    }
    await this.reload();
    if (this.state) return;
    // A backup that cannot be written (full disk, backups/ read-only) must never keep staff from
    // their records: it becomes a warning, and the next start or daily timer tries again.
    if (this.backupOptions.onStart) await this.backupOrWarn('start');
    if (this.backupOptions.daily) {
      const newest = await listBackups(this.dir, this.fs).catch(() => undefined);
      if (!newest?.[0] || dayOf(newest[0].createdAt) !== dayOf(this.now())) await this.backupOrWarn('daily');
    }
  }

  /**
   * A restore's file swap that keeps failing (a file Windows keeps locked, a full disk) must not
   * keep staff from reading their records: the folder opens read-only as it is, and every start
   * tries the swap again. Nothing is migrated or backed up from such a half-swapped folder.
   */
  private async startWithSwapPending(error: unknown): Promise<void> {
    const swap: FileProblem = {
      file: RESTORE_STAGING_DIR,
      problem: 'writeFailed',
      detail: ioError(error, RESTORE_STAGING_DIR).code,
    };
    let found: FileProblem[];
    try {
      await this.reload(this.loadContext({ swapPending: true }));
      found = this.state?.files ?? [];
    } catch (loadError) {
      // Even loading failed: an empty read-only view still tells staff what happened and how to go on.
      this.coreState = coreState(
        emptyCoreDoc(this.schemas, this.now()),
        Object.keys(this.schemas.collections),
      );
      this.shards = new Map();
      this.loaded = true;
      this.coreSeqOnDisk = this.coreState.doc.appliedSeq;
      found = [{ file: '.', problem: 'writeFailed', detail: ioError(loadError, '.').code }];
    }
    this.state = { reason: 'restoreIncomplete', files: [swap, ...found] };
  }

  private async backupOrWarn(reason: 'start' | 'daily'): Promise<void> {
    try {
      await this.backupNow(reason);
      this.clearBackupWarnings();
    } catch (error) {
      this.addWarning(backupWarning(reason, ioError(error, BACKUPS_DIR)));
    }
  }

  private addWarning(warning: StoreWarning): void {
    this.warningList = [...this.warningList, warning];
  }

  /** A backup that succeeded answers the earlier failures: the banner goes away. */
  private clearBackupWarnings(): void {
    this.warningList = this.warningList.filter((warning) => !isBackupWarning(warning));
  }

  private async reload(context: LoadContext = this.loadContext()): Promise<void> {
    const loaded = await loadData(context);
    this.loaded = true;
    this.cancelCheckpoint();
    this.coreSeqOnDisk = loaded.core.doc.appliedSeq;
    this.coreState = loaded.core;
    this.shards = loaded.shards;
    this.lastSeq = loaded.lastSeq;
    this.lastHash = loaded.lastHash;
    this.lastAuditPeriod = loaded.lastAuditPeriod;
    const first = loaded.problems[0];
    this.state = first ? { reason: readOnlyReasonOf(first), files: loaded.problems } : null;
  }

  private loadContext({ swapPending = false } = {}): LoadContext {
    return {
      fs: this.fs,
      dir: this.dir,
      schemas: this.schemas,
      now: this.now,
      migrations: this.migrations,
      swapPending,
      beforeMigration: async () => {
        // Refused like a failed backup, so the upgrade is shown in memory only (see loadCore).
        if (swapPending) throw new CareError('store.restoreIncomplete', { cause: 'pending' });
        await this.backupNow('before-migration');
      },
    };
  }

  private async backupNow(reason: BackupReason): Promise<BackupInfo> {
    // A backup copies the files: core.json must hold every change first.
    if (this.loaded) await this.checkpointCore();
    const option = this.backupOptions.retention;
    // Before a migration the core is not loaded yet (it is what is about to be migrated): the
    // retention settings are then unknown, and the defaults apply.
    const core = this.loaded ? this.coreState.doc : undefined;
    const retention = typeof option === 'function' ? option(core) : option;
    return createBackup(this.dir, reason, {
      fs: this.fs,
      now: this.now,
      ...(retention ? { retention } : {}),
    });
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new CareError('store.closed'));
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private txHost() {
    return {
      schemas: this.schemas,
      now: this.now,
      core: () => this.coreState,
      shard: (kind: string, period: string) => this.loadShard(kind, period),
    };
  }

  /** Lazy shard load; a damaged shard is quarantined and the store turns read-only. */
  private async loadShard(kind: string, period: string): Promise<ShardState> {
    const file = shardFile(kind, period);
    const cached = this.shards.get(file);
    if (cached) return cached;
    const read = await readShard(this.loadContext(), kind, period);
    if ('problem' in read) {
      const files = [...(this.state?.files ?? []), read.problem];
      this.state = { reason: this.state?.reason ?? readOnlyReasonOf(read.problem), files };
      throw new CareError('store.readOnly', { reason: this.state.reason, file });
    }
    this.shards.set(file, read.state);
    return read.state;
  }

  /** The write-ahead protocol: log, write each file, then swap memory; undo the log on failure. */
  private async commit(meta: MutationMeta, changes: Change[]): Promise<void> {
    const seq = this.lastSeq + 1;
    const byFile = new Map<string, Change[]>();
    for (const change of changes) byFile.set(change.file, [...(byFile.get(change.file) ?? []), change]);

    // Compute every next document before touching the disk (this may still refuse, e.g. un-voiding).
    let nextCore: NextCore | null = null;
    const nextShards = new Map<string, { state: ShardState; next: NextShard }>();
    for (const [file, fileChanges] of byFile) {
      if (file === CORE_FILE) nextCore = applyToCore(this.coreState, fileChanges, seq);
      else {
        const first = fileChanges[0];
        if (first?.op !== 'putShard') continue;
        const state = await this.loadShard(first.kind, first.period);
        nextShards.set(file, { state, next: applyToShard(state, fileChanges, seq) });
      }
    }

    const now = this.now();
    const period = [monthOf(now), this.lastAuditPeriod ?? ''].sort().at(-1) ?? monthOf(now);
    const entry = sealEntry(this.lastHash || '0'.repeat(64), {
      seq,
      at: now.toISOString(),
      actor: meta.actor,
      ...(meta.actorName === undefined ? {} : { actorName: meta.actorName }),
      action: meta.action,
      summary: meta.summary ?? '',
      schemaVersion: this.schemas.version,
      changes,
    });

    const writes: { file: string; doc: unknown; old: Buffer | null }[] = [];
    try {
      if (nextCore && this.checkpointPolicy === null)
        writes.push({
          file: CORE_FILE,
          doc: nextCore.doc,
          old: await readIfExists(this.fs, abs(this.dir, CORE_FILE)),
        });
      for (const [file, { next }] of nextShards) {
        await ensureDir(this.fs, abs(this.dir, `${RECORDS_DIR}/${next.doc.kind}`));
        writes.push({
          file,
          doc: next.doc,
          old: await readIfExists(this.fs, abs(this.dir, file)),
        });
      }
    } catch (error) {
      throw ioError(error, writes.at(-1)?.file ?? CORE_FILE);
    }

    const receipt = await auditReceipt(this.fs, this.dir, period).catch((error: unknown) => {
      throw ioError(error, auditFile(period));
    });
    try {
      await appendEntry(this.fs, receipt, entry);
    } catch (error) {
      await this.rollback([], receipt, auditFile(period));
      throw ioError(error, auditFile(period));
    }
    const written: typeof writes = [];
    for (const write of writes) {
      // Counted as written before the attempt: the rename may succeed and the folder fsync fail,
      // and putting the old bytes back is harmless if the new ones never landed.
      written.push(write);
      try {
        await writeDocument(this.fs, abs(this.dir, write.file), write.doc);
      } catch (error) {
        await this.rollback(written, receipt, write.file);
        throw ioError(error, write.file);
      }
    }

    if (nextCore) swapCore(this.coreState, nextCore);
    for (const { state, next } of nextShards.values()) swapShard(state, next);
    this.lastSeq = seq;
    this.lastHash = entry.hash;
    this.lastAuditPeriod = period;
    if (nextCore && this.checkpointPolicy === null) this.coreSeqOnDisk = seq;
    else if (nextCore) this.scheduleCheckpoint(this.checkpointPolicy);
  }

  /**
   * After a logged core change: rewrite core.json once the changes stop for a
   * moment, or straight after this change when too many wait. Either way in a
   * queue job of its own, after the caller has its answer.
   */
  private scheduleCheckpoint(policy: CoreCheckpointPolicy | null): void {
    if (policy === null) return;
    this.cancelCheckpoint();
    const waiting = this.coreState.doc.appliedSeq - this.coreSeqOnDisk;
    const run = () => {
      this.checkpointTimer = null;
      if (this.closed) return; // close() writes it
      // A failed rewrite loses nothing (the log holds the changes); the next change or close tries again.
      void this.enqueue(() => this.checkpointCore()).catch(() => undefined);
    };
    if (waiting >= policy.maxEntries) run();
    else {
      this.checkpointTimer = setTimeout(run, policy.idleMs);
      // A command-line run must not stay alive for the timer: close() writes what is left.
      this.checkpointTimer.unref?.();
    }
  }

  private cancelCheckpoint(): void {
    if (this.checkpointTimer !== null) clearTimeout(this.checkpointTimer);
    this.checkpointTimer = null;
  }

  /**
   * Bring core.json up to the core in memory. Only while writable: a read-only
   * store may hold a half-swapped restore or a log it refused, and the next
   * open replays whatever the log has beyond the file.
   */
  private async checkpointCore(): Promise<void> {
    const doc = this.coreState.doc;
    if (this.state !== null || doc.appliedSeq <= this.coreSeqOnDisk) return;
    this.cancelCheckpoint();
    await writeDocument(this.fs, abs(this.dir, CORE_FILE), doc);
    this.coreSeqOnDisk = doc.appliedSeq;
  }

  /** Put back the files already written and cut the log; if that fails too, stop writing altogether. */
  private async rollback(
    written: { file: string; old: Buffer | null }[],
    receipt: AppendReceipt,
    failedFile: string,
  ): Promise<void> {
    try {
      for (const write of [...written].reverse()) {
        const path = abs(this.dir, write.file);
        // Put back only what really changed on disk (a failed write usually changed nothing).
        const current = await readIfExists(this.fs, path);
        if (write.old === null ? current === null : current !== null && current.equals(write.old)) continue;
        if (write.old === null) await unlinkIfExists(this.fs, path);
        else await writeFileDurably(this.fs, path, write.old);
      }
      await undoAppend(this.fs, receipt);
    } catch (error) {
      this.state = { reason: 'rollbackFailed', files: [{ file: failedFile, problem: 'writeFailed' }] };
      const cause = ioError(error, failedFile);
      throw new CareError('store.rollbackFailed', { file: failedFile, cause: cause.code }, [], {
        cause: error,
      });
    }
  }
}

/** Open (creating if needed) a data folder, taking its single-writer lock. */
export async function openStore<C extends object = CoreData>(options: StoreOptions): Promise<Store<C>> {
  const fs = options.fs ?? nodeFileSystem;
  const now = options.now ?? (() => new Date());
  const schemas = options.schemas ?? (await import('./default-schemas')).defaultSchemas;
  const migrations = options.migrations ?? MIGRATIONS;
  try {
    await ensureDir(fs, options.dir);
    await ensureDir(fs, abs(options.dir, AUDIT_DIR));
  } catch (error) {
    throw ioError(error, options.dir);
  }
  const lock = await acquireLock(fs, options.dir);
  const store = new Store<C>({ ...options, fs, now, schemas, migrations }, lock);
  try {
    await store.start();
  } catch (error) {
    await lock.release().catch(() => undefined);
    throw ioError(error, options.dir);
  }
  return store;
}
