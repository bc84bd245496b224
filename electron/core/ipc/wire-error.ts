import type { z } from 'zod';
import { isCareError } from '../../../shared/errors';
import type { ErrorParams, FieldIssue, WireError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/i18n/types';

/** An i18n code looks like `validation.required`: dotted identifiers, no spaces. */
const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/;

/** Translates `code`; when the catalogue has no such message, uses `fallback` instead of showing a raw key. */
export function translateOr(language: Language, code: string, params: ErrorParams, fallback: string): string {
  const message = translate(language, code, params);
  return message === code ? translate(language, fallback, params) : message;
}

function issueParams(issue: z.core.$ZodIssue): ErrorParams {
  const params: ErrorParams = {};
  for (const key of ['minimum', 'maximum', 'expected', 'format'] as const) {
    const value = (issue as unknown as Record<string, unknown>)[key];
    if (typeof value === 'number' || typeof value === 'string') params[key] = value;
    if (typeof value === 'bigint') params[key] = Number(value);
  }
  return params;
}

/** Zod issues → field issues with i18n codes (schemas put codes in `message`). */
export function fieldIssuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => String(part)).join('.'),
    code: CODE_PATTERN.test(issue.message) ? issue.message : 'ipc.argument.invalid',
    params: issueParams(issue),
  }));
}

function translateFields(language: Language, fields: FieldIssue[]): NonNullable<WireError['fields']> {
  return fields.map((field) => ({
    path: field.path,
    code: field.code,
    message: translateOr(language, field.code, field.params ?? {}, 'ipc.argument.invalid'),
  }));
}

export function validationWireError(language: Language, fields: FieldIssue[]): WireError {
  return {
    code: 'validation.invalid',
    message: translateOr(language, 'validation.invalid', {}, 'ipc.invalidArgument'),
    fields: translateFields(language, fields),
  };
}

/**
 * Any thrown value → what the renderer receives. CareErrors keep their code and
 * get a translated message; anything else is a bug: `ipc.internal`, with no
 * internals (paths, stack traces) leaking to the page.
 */
export function toWireError(error: unknown, language: Language): WireError {
  if (isCareError(error)) {
    const wire: WireError = {
      code: error.code,
      message: translateOr(language, error.code, error.params, 'ipc.internal'),
    };
    if (error.fields.length > 0) wire.fields = translateFields(language, error.fields);
    return wire;
  }
  return { code: 'ipc.internal', message: translate(language, 'ipc.internal') };
}
