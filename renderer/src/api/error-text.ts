import { i18n } from '../i18n/i18n';
import { ApiError } from './api-error';
import { UNREACHABLE } from './bridge';

/**
 * The sentence to show for a failure. The main process already translated the
 * message; we only fill in when the call never reached it.
 */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === UNREACHABLE) return i18n.t('common:errors.noConnection');
    if (error.message && error.message !== error.code) return error.message;
    if (i18n.exists(error.code, { ns: 'errors' }))
      return i18n.t(error.code, { ns: 'errors', defaultValue: error.code });
  }
  return i18n.t('common:errors.unknown');
}
