import type { BackupInfo } from '../../../../shared/ipc/backups';

/** A backup as the list shows it. */
export interface BackupView {
  file: string;
  createdAt: string;
  sizeBytes: number;
  reason: string;
}

export function toBackupView(info: BackupInfo): BackupView {
  return {
    file: info.file,
    createdAt: info.createdAt,
    sizeBytes: info.size,
    reason: info.reason || 'unknown',
  };
}
