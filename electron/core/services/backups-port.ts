import type { BackupInfo } from '../../../shared/ipc/types';

/** Backup operations the handlers need; implemented over the store (services/backups.ts). */
export interface BackupsPort {
  list(): Promise<BackupInfo[]>;
  create(actor: string): Promise<BackupInfo>;
  /** Replaces all data with the backup named `file` (a bare name from `list()`). */
  restore(file: string, actor: string): Promise<void>;
}
