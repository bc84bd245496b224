import path from 'node:path';
import fs from 'node:fs/promises';
import { CareError } from '../../../shared/errors';
import type { BackupCopyResult, BackupInfo, StagedBackup } from '../../../shared/ipc/backups';
import { copyBackupFile } from './copy-backup';
import type { BackupFileDialogs } from './file-dialogs';
import { IncomingBackups, type IncomingLimits } from './incoming-backups';

/** Backup operations the handlers and the preview's file routes need, over the store's own backups. */
export interface BackupsPort {
  list(): Promise<BackupInfo[]>;
  create(actor: string): Promise<BackupInfo>;
  /** Replaces all data with the backup named `file` (a bare name from `list()`). */
  restore(file: string, actor: string): Promise<void>;
  /** The path of a listed backup, for a copy or a download; anything not listed is refused. */
  pathOf(file: string): Promise<string>;
  /** Desktop: asks where, then copies and checks the copy. */
  copyTo(file: string): Promise<BackupCopyResult>;
  /** Desktop: asks for a file, then stages and checks it. */
  inspectFile(): Promise<StagedBackup | null>;
  /** Browser: an uploaded file, staged and checked while it streams in. */
  receive(
    source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    fileName: string,
    declaredSize?: number,
  ): Promise<StagedBackup>;
  /** Refuses a declared size over the limit before any byte is read. */
  refuseDeclaredSize(size: number | undefined): void;
  restoreStaged(stagedId: string, actor: string): Promise<void>;
  discardStaged(stagedId: string): Promise<void>;
  /** At start: staged files of an earlier run can no longer be confirmed. */
  clearStaged(): Promise<void>;
}

/** What the store offers for backups (electron/core/store Store). */
export interface StoreBackups {
  listBackups(): Promise<{ name: string; path: string; reason: string; createdAt: Date }[]>;
  createBackup(reason?: 'manual'): Promise<{ name: string; path: string; reason: string; createdAt: Date }>;
  /** A bare name inside backups/, or a path (a staged file). */
  restoreBackup(file: string, actor: string): Promise<unknown>;
  checkBackupFile(path: string, workDir: string): Promise<string[]>;
}

export interface BackupsPortOptions {
  dataDir: string;
  /** Absent in the browser preview. */
  dialogs?: BackupFileDialogs;
  incomingLimits?: IncomingLimits;
}

async function describe(entry: {
  name: string;
  path: string;
  reason: string;
  createdAt: Date;
}): Promise<BackupInfo> {
  let size = 0;
  try {
    size = (await fs.stat(entry.path)).size;
  } catch {
    // Listed a moment ago, gone now (retention pruned it): report it as empty rather than fail the list.
  }
  return { file: entry.name, size, createdAt: entry.createdAt.toISOString(), reason: entry.reason };
}

function needDialogs(dialogs: BackupFileDialogs | undefined): BackupFileDialogs {
  if (!dialogs) throw new CareError('backups.file.noDialog');
  return dialogs;
}

/**
 * Backups as the renderer sees them. Restore, copy and download accept only a bare name that
 * is currently listed — never a path — so a page cannot make the app read an arbitrary file
 * as a backup; a file from outside comes in only through a dialog the user answered, or an
 * upload, and is checked through before it can be restored.
 */
export function createBackupsPort(store: () => StoreBackups, options: BackupsPortOptions): BackupsPort {
  const incoming = new IncomingBackups(
    options.dataDir,
    (file, workDir) => store().checkBackupFile(file, workDir),
    options.incomingLimits,
  );
  const pathOf = async (file: string): Promise<string> => {
    const listed = (await store().listBackups()).find((entry) => entry.name === file);
    if (path.basename(file) !== file || !listed) throw new CareError('ipc.backupNotFound', { file });
    return listed.path;
  };
  return {
    async list() {
      return Promise.all((await store().listBackups()).map(describe));
    },
    async create() {
      return describe(await store().createBackup('manual'));
    },
    async restore(file, actor) {
      await pathOf(file);
      await store().restoreBackup(file, actor);
    },
    pathOf,
    async copyTo(file) {
      const source = await pathOf(file);
      const target = await needDialogs(options.dialogs).chooseCopyTarget(file);
      if (target === null) return { copiedTo: null };
      await copyBackupFile(source, target);
      return { copiedTo: target };
    },
    async inspectFile() {
      const chosen = await needDialogs(options.dialogs).chooseBackupFile();
      return chosen === null ? null : incoming.receiveFile(chosen);
    },
    receive: (source, fileName, declaredSize) => incoming.receive(source, fileName, declaredSize),
    refuseDeclaredSize: (size) => incoming.refuseDeclaredSize(size),
    async restoreStaged(stagedId, actor) {
      try {
        // Checked again inside the restore: the staged file is the one the user confirmed,
        // and nothing is trusted from the first check but the user's yes.
        await store().restoreBackup(incoming.pathOf(stagedId), actor);
      } finally {
        await incoming.discard(stagedId);
      }
    },
    discardStaged: (stagedId) => incoming.discard(stagedId),
    clearStaged: () => incoming.clear(),
  };
}
