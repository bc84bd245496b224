import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/api-error';
import { applyServerErrors } from '../../api/apply-server-errors';

/**
 * Puts a refused sign-in beside the field it concerns: a disabled account
 * under the user name, a wrong password or the wait after failed tries under
 * the password. Field complaints from the schema go where they name. Answers
 * whether the error was placed (otherwise the notification tells it).
 */
export function applyAuthError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: { username: FieldPath<T>; password: FieldPath<T> },
  mapPath: (path: string) => FieldPath<T> | null,
): boolean {
  if (!(error instanceof ApiError)) return false;
  if (applyServerErrors(error, setError, mapPath)) return true;
  const field =
    error.code === 'auth.disabled'
      ? fields.username
      : error.code.startsWith('auth.')
        ? fields.password
        : null;
  if (field === null) return false;
  setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
  return true;
}
