import type { WireError } from '../../../shared/errors';

/** A failed call, thrown so react-query sees it; keeps the translated message and field issues. */
export class ApiError extends Error {
  readonly code: string;
  readonly fields: NonNullable<WireError['fields']>;

  constructor(error: WireError) {
    super(error.message || error.code);
    this.name = 'ApiError';
    this.code = error.code;
    this.fields = error.fields ?? [];
  }
}
