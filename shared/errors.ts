/**
 * Errors that cross the process boundary. A `CareError` carries a stable `code`
 * that is also an i18n key under the `errors` namespace, plus interpolation
 * params, so the main process can translate it into the user's language and
 * the renderer can still branch on the code.
 */
export type ErrorParams = Record<string, string | number>;

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `contact.phone`. */
  path: string;
  /** i18n key (errors namespace) describing the problem. */
  code: string;
  params?: ErrorParams;
}

export class CareError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  readonly fields: FieldIssue[];

  constructor(code: string, params: ErrorParams = {}, fields: FieldIssue[] = [], options?: ErrorOptions) {
    super(`${code}${Object.keys(params).length > 0 ? ' ' + JSON.stringify(params) : ''}`, options);
    this.name = 'CareError';
    this.code = code;
    this.params = params;
    this.fields = fields;
  }
}

export function isCareError(value: unknown): value is CareError {
  return value instanceof CareError;
}

/** Wire shape of a failed call: what the renderer receives. */
export interface WireError {
  code: string;
  message: string;
  fields?: { path: string; code: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: WireError };
