import type { CareError } from '../../../shared/errors';
import type { StoreWarning } from './types';

/** Backup failure causes that have their own message; anything else gets the generic one with its errno. */
const BACKUP_CAUSES: Record<string, string> = {
  'store.diskFull': 'store.warning.backupDiskFull',
  'store.permissionDenied': 'store.warning.backupPermissionDenied',
};

/** The warning shown when the automatic backup taken on open could not be written. */
export function backupWarning(reason: 'start' | 'daily', cause: CareError): StoreWarning {
  const code = BACKUP_CAUSES[cause.code] ?? 'store.warning.backupFailed';
  const errno = cause.params.errno;
  return { code, params: { reason, errno: typeof errno === 'string' ? errno : cause.code } };
}

export function isBackupWarning(warning: StoreWarning): boolean {
  return warning.code.startsWith('store.warning.backup');
}
