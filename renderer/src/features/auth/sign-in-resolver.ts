import type { FieldErrors, Resolver } from 'react-hook-form';
import type { SignInInput } from '../../../../shared/ipc/auth';

/**
 * The sign-in form's own check, without the schema library: the sign-in
 * screen is a first screen and must not wait for it. Only "fill in both" is
 * checked here; the core checks the name's form with the contract's schema
 * and answers a wrong one as a wrong name or password, beside the field.
 */
/** `V.required` of shared/schema/messages, written out: that module also maps the schema library's issues. */
const REQUIRED = 'validation.required';

export const signInResolver: Resolver<SignInInput> = (values) => {
  const username = values.username.trim().toLowerCase();
  const errors: FieldErrors<SignInInput> = {};
  if (username === '') errors.username = { type: 'required', message: REQUIRED };
  if (values.password === '') errors.password = { type: 'required', message: REQUIRED };
  if (errors.username || errors.password) return { values: {} as Record<string, never>, errors };
  return { values: { username, password: values.password }, errors: {} };
};
