import type { Result } from '../../../shared/errors';
import { ApiError } from './api-error';

/** Turn a Result into its value, or throw so react-query reports the failure. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
