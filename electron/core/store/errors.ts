import { CareError } from '../../../shared/errors';
import { errnoOf } from './fs';

/** Translate an OS error into the store's user-facing error codes. */
export function ioError(error: unknown, file: string): CareError {
  if (error instanceof CareError) return error;
  const code = errnoOf(error);
  const options = { cause: error };
  if (code === 'ENOSPC' || code === 'EDQUOT') return new CareError('store.diskFull', { file }, [], options);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'EBUSY') {
    return new CareError('store.permissionDenied', { file }, [], options);
  }
  return new CareError('store.ioError', { file, errno: code ?? 'unknown' }, [], options);
}
