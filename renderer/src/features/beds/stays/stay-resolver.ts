import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** Blank box: "not given". */
export const blankToUndefined = (value: string): string | undefined =>
  value.trim() === '' ? undefined : value;

/**
 * A stay form checked by the very schema the main process uses, after the
 * form's values become its input (`toInput`); `extra` adds what the schema
 * cannot say of the form (a choice still empty), as `errors:` message codes.
 */
export function contractResolver<V extends FieldValues, S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  toInput: (values: V) => Record<string, unknown>,
  extra: (values: V) => Record<string, string> = () => ({}),
): Resolver<V, unknown, z.output<S>> {
  const resolve = zodResolver(schema as never) as unknown as Resolver<V, unknown, z.output<S>>;
  return async (values, context, options) => {
    const result = await resolve(toInput(values) as unknown as V, context, options);
    const added = extra(values);
    if (Object.keys(added).length === 0) return result;
    const errors: Record<string, unknown> = { ...result.errors };
    for (const [name, message] of Object.entries(added)) errors[name] ??= { type: 'custom', message };
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}
