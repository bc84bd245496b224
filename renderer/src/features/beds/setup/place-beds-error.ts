import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../api/api-error';
import { applyServerErrors } from '../../../api/apply-server-errors';

/**
 * Put a refusal of the main process beside its field: schema complaints by
 * their path, and the refusals the core makes without a path (a room that
 * exists, a closure that overlaps) beside the field they are about, by code.
 * Answers whether it was placed, so the caller can fall back to a message.
 */
export function placeBedsError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly FieldPath<T>[],
  byCode: Partial<Record<string, FieldPath<T>>>,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Set<string>(fields);
  if (applyServerErrors(error, setError, (path) => (known.has(path) ? (path as FieldPath<T>) : null)))
    return true;
  const field = byCode[error.code];
  if (field === undefined) return false;
  setError(field, { type: 'server', message: error.message }, { shouldFocus: true });
  return true;
}
