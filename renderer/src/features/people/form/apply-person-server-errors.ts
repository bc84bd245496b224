import type { FieldPath, UseFormGetValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../../api/api-error';
import { applyServerErrors } from '../../../api/apply-server-errors';
import type { PersonFormValues } from './person-form-values';

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
  const placed = applyServerErrors(error, setError, (schemaPath) => {
    // people.update wraps the form in { id, person }.
    const path = schemaPath.replace(/^person\./, '');
    return isFormPath(path, values) ? path : null;
  });
  if (placed || !ID_NUMBER_CODES.test(error.code)) return placed;
  setError('idNumber', { type: 'server', message: error.message }, { shouldFocus: true });
  return true;
}
