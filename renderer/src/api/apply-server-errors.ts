import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from './api-error';

/**
 * Put the main process's field complaints next to their fields (already
 * translated, so marked `server`) and focus the first one placed. `mapPath`
 * turns the schema's path into the form's, or null when the form has no such
 * field. Answers whether any was placed, so the caller can fall back to a message.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  mapPath: (path: string) => Path<T> | null,
): boolean {
  if (!(error instanceof ApiError)) return false;
  let placed = false;
  for (const issue of error.fields) {
    const path = mapPath(issue.path);
    if (path === null) continue;
    setError(path, { type: 'server', message: issue.message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}
