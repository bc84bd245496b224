import path from 'node:path';
import fs from 'node:fs/promises';
import { CareError } from '../../../shared/errors';
import type { BackupInfo } from '../../../shared/ipc/backups';

/** Backup operations the handlers need, over the store's own backups. */
export interface BackupsPort {
  list(): Promise<BackupInfo[]>;
  create(actor: string): Promise<BackupInfo>;
  /** Replaces all data with the backup named `file` (a bare name from `list()`). */
  restore(file: string, actor: string): Promise<void>;
}

/** What the store offers for backups (electron/core/store Store). */
export interface StoreBackups {
  listBackups(): Promise<{ name: string; path: string; reason: string; createdAt: Date }[]>;
  createBackup(reason?: 'manual'): Promise<{ name: string; path: string; reason: string; createdAt: Date }>;
  restoreBackup(file: string, actor: string): Promise<unknown>;
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

/**
 * Backups as the renderer sees them. Restore accepts only a bare name that is
 * currently listed — never a path — so a page cannot make the app read an
 * arbitrary file as a backup.
 */
export function createBackupsPort(store: () => StoreBackups): BackupsPort {
  return {
    async list() {
      return Promise.all((await store().listBackups()).map(describe));
    },
    async create() {
      return describe(await store().createBackup('manual'));
    },
    async restore(file, actor) {
      const listed = await store().listBackups();
      if (path.basename(file) !== file || !listed.some((entry) => entry.name === file)) {
        throw new CareError('ipc.backupNotFound', { file });
      }
      await store().restoreBackup(file, actor);
    },
  };
}
