import type { FieldPath, UseFormGetValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/ApiError';
import type { PersonFormValues } from './personForm';

/** Complaints the main process makes about the ID number without naming a field. */
const ID_NUMBER_CODES = /^people\.(duplicateIdNumber|idNumber)/;

function isFormPath(path: string, values: PersonFormValues): path is FieldPath<PersonFormValues> {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

/**
 * Put the main process's complaints beside their fields (already translated,
 * so marked `server`). "Another person has this ID number (张三)" goes under the
 * ID number. Returns true when at least one landed on a field.
 */
export function applyPersonServerErrors(
  error: unknown,
  setError: UseFormSetError<PersonFormValues>,
  getValues: UseFormGetValues<PersonFormValues>,
): boolean {
  if (!(error instanceof ApiError)) return false;
  const values = getValues();
  let placed = 0;
  for (const issue of error.fields) {
    // people.update wraps the form in { id, person }.
    const path = issue.path.replace(/^person\./, '');
    if (!isFormPath(path, values)) continue;
    setError(path, { type: 'server', message: issue.message }, { shouldFocus: placed === 0 });
    placed++;
  }
  if (placed === 0 && ID_NUMBER_CODES.test(error.code)) {
    setError('idNumber', { type: 'server', message: error.message }, { shouldFocus: true });
    placed++;
  }
  return placed > 0;
}
