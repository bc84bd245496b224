import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../api/api-error';
import { applyServerErrors } from '../../../api/apply-server-errors';

/**
 * The core's refusals of a signature that name no field, and the box they
 * concern: a wrong password under the password, the same person signing twice
 * or a disabled account under the user name.
 */
const FIELD_OF_CODE: Record<string, 'username' | 'password'> = {
  'auth.badCredentials': 'password',
  'auth.throttled': 'password',
  'auth.disabled': 'username',
  'handovers.sameSigner': 'username',
};

/** Puts a refusal beside its box; answers whether it found one, so the caller shows the rest as a message. */
export function applySignerError<T extends FieldValues & { username: string; password: string }>(
  error: unknown,
  setError: UseFormSetError<T>,
  names: readonly string[],
): boolean {
  const placed = applyServerErrors(error, setError, (path) =>
    names.includes(path) ? (path as Path<T>) : null,
  );
  if (placed || !(error instanceof ApiError)) return placed;
  const field = FIELD_OF_CODE[error.code];
  if (field === undefined) return false;
  setError(field as Path<T>, { type: 'server', message: error.message }, { shouldFocus: true });
  return true;
}
