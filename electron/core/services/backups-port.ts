import type { BackupInfo } from '../../../shared/ipc/types';

/** Backup operations the handlers need; implemented over the store's backup module. */
export interface BackupsPort {
  list(): Promise<BackupInfo[]>;
  create(actor: string): Promise<BackupInfo>;
  /** Restores `file` (a bare name from `list()`); the store is reopened afterwards. */
  restore(file: string, actor: string): Promise<void>;
}
