import type { UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/ApiError';
import { isCenterField } from './centerForm';
import type { CenterFormValues } from './centerForm';

/**
 * Put the main process's field complaints next to the fields they are about.
 * Their messages are already translated, so they are marked `server` and shown as-is.
 */
export function applyServerErrors(error: unknown, setError: UseFormSetError<CenterFormValues>): void {
  if (!(error instanceof ApiError)) return;
  let first = true;
  for (const issue of error.fields) {
    if (!isCenterField(issue.path)) continue;
    setError(issue.path, { type: 'server', message: issue.message }, { shouldFocus: first });
    first = false;
  }
}
