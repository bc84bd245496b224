import type { BackupInfo } from '../../../shared/ipc/types';

/** A backup as the list shows it. */
export interface BackupView {
  file: string;
  createdAt: string;
  sizeBytes: number;
  reason: string;
}

/**
 * Tolerates both spellings the core has used for the size, and a missing
 * reason, so the list keeps working while the backup service grows.
 */
export function toBackupView(info: BackupInfo): BackupView {
  const loose = info as BackupInfo & { sizeBytes?: number; size?: number; reason?: string };
  return {
    file: loose.file,
    createdAt: loose.createdAt,
    sizeBytes: loose.sizeBytes ?? loose.size ?? 0,
    reason: loose.reason ?? 'unknown',
  };
}
