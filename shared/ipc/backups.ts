/** Rolling backups of the data folder: list, take one now, restore one. */
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

export const backupsChannels = defineChannels('backups', {
  'backups.list': { input: none, output: returns<BackupInfo[]>(), permission: 'backups.manage' },
  'backups.create': { input: none, output: returns<BackupInfo>(), permission: 'backups.manage' },
  /** Answers with the new app state: the restored data may have another language or no center yet. */
  'backups.restore': {
    input: RestoreBackupSchema,
    output: returns<AppState>(),
    permission: 'backups.manage',
  },
});
