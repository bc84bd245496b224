/**
 * Rolling backups of the data folder: list, take one now, restore one; copy one out to a
 * USB stick and restore from a file brought back on one.
 */
import { z } from 'zod';
import type { AppState } from './app';
import { defineChannels, none, returns } from './define';

/** One rolling backup in `<data>/backups/`. */
export interface BackupInfo {
  /** Bare file name, e.g. `2026-11-02T08-00-00Z.care-backup.json.gz`; the id used to restore it. */
  file: string;
  size: number;
  createdAt: string;
  /** Why it was taken: 'start' | 'daily' | 'manual' | 'before-migration' | 'before-restore'. */
  reason: string;
}

/** A backup is named by its bare file name; no folders, no `..`. */
export const BackupFileSchema = z
  .string({ message: 'ipc.argument.backupFile' })
  .max(200, { message: 'ipc.argument.backupFile' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.care-backup\.(tar\.gz|json\.gz)$/, {
    message: 'ipc.argument.backupFile',
  });

export const RestoreBackupSchema = z.strictObject(
  { file: BackupFileSchema },
  { message: 'ipc.argument.object' },
);

/** A backup file from outside (a USB stick, a download), checked and held until restored or dropped. */
export interface StagedBackup {
  /** Names the staged copy in `backups.restoreStaged` / `backups.discardStaged`. */
  stagedId: string;
  /** The file's own name, as it was chosen. */
  fileName: string;
  size: number;
  /** From the backup's manifest. */
  createdAt: string;
  reason: string;
  /** Read from the backup's own data, so the confirmation can say whose data it is. */
  centerName: string | null;
  people: number;
  assessments: number;
  photos: number;
}

export const StagedIdSchema = z
  .string({ message: 'ipc.argument.invalid' })
  .regex(/^[0-9a-f]{24}$/, { message: 'ipc.argument.invalid' });

export const StagedBackupArgSchema = z.strictObject(
  { stagedId: StagedIdSchema },
  { message: 'ipc.argument.object' },
);

/** Where `backups.copyTo` wrote the copy, or null when the save dialog was cancelled. */
export interface BackupCopyResult {
  copiedTo: string | null;
}

/**
 * The browser preview has no file dialogs: it moves backup files over these streamed routes
 * instead of the JSON API (whose body limit is far below a backup's size), with the same token.
 *   GET  <BACKUP_DOWNLOAD_PATH><file>?token=…   the backup as an attachment, streamed from disk
 *   PUT  <BACKUP_UPLOAD_PATH>?name=<file name>   body: the file; answers a Result<StagedBackup>
 */
export const BACKUP_DOWNLOAD_PATH = '/files/backups/';
export const BACKUP_UPLOAD_PATH = '/files/backup-upload';

export const backupsChannels = defineChannels('backups', {
  'backups.list': { input: none, output: returns<BackupInfo[]>(), permission: 'backups.manage' },
  'backups.create': { input: none, output: returns<BackupInfo>(), permission: 'backups.manage' },
  /** Answers with the new app state: the restored data may have another language or no center yet. */
  'backups.restore': {
    input: RestoreBackupSchema,
    output: returns<AppState>(),
    permission: 'backups.manage',
  },
  /** Desktop only: asks where to save a copy of one backup (a USB stick), then writes and checks it. */
  'backups.copyTo': {
    input: RestoreBackupSchema,
    output: returns<BackupCopyResult>(),
    permission: 'backups.manage',
  },
  /**
   * Desktop only: asks for a backup file, stages a copy and checks it as a restore would,
   * without touching the data. Null when the dialog was cancelled.
   */
  'backups.inspectFile': {
    input: none,
    output: returns<StagedBackup | null>(),
    permission: 'backups.manage',
  },
  /** Restores a staged file (from inspectFile or the browser's upload) after the user confirmed. */
  'backups.restoreStaged': {
    input: StagedBackupArgSchema,
    output: returns<AppState>(),
    permission: 'backups.manage',
  },
  /** The user did not confirm: the staged copy is deleted. */
  'backups.discardStaged': {
    input: StagedBackupArgSchema,
    output: returns<null>(),
    permission: 'backups.manage',
  },
});
