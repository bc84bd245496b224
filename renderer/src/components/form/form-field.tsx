import type { ReactNode } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { Control, ControllerRenderProps, FieldPath, FieldValues } from 'react-hook-form';
import { FieldShell } from './field-shell';
import { useFieldIds } from './field-ids';

export interface ControlProps<T extends FieldValues, N extends FieldPath<T> = FieldPath<T>> {
  field: ControllerRenderProps<T, N>;
  id: string;
  testId: string;
  invalid: boolean;
}

/** What every field of the kit takes: where its value lives, and its label row. */
export interface FieldProps<T extends FieldValues, N extends FieldPath<T> = FieldPath<T>> {
  name: N;
  /**
   * The form's control; without it the field is taken from the surrounding <FormProvider>.
   * Any output type: a resolver may transform the values on submit; a field only reads and writes inputs.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  control?: Control<T, any, any>;
  label?: ReactNode;
  required?: boolean;
  /** Shown under the field when there is no error (e.g. "filled from the ID number"). */
  hint?: ReactNode;
  /** Shown under the field always (what a setting means). */
  extra?: ReactNode;
  /** The element id and test id; without them, the surrounding <FieldIdsProvider> names them. */
  id?: string;
  testId?: string;
}

/**
 * A form row bound to one field: label, the control (given as a function) and
 * the field's error beside it, whether it came from the schema or from the main
 * process (applyServerErrors). Every field of the kit is one of these.
 */
export function FormField<T extends FieldValues, N extends FieldPath<T> = FieldPath<T>>({
  name,
  control,
  label,
  required = false,
  hint,
  extra,
  id: givenId,
  testId: givenTestId,
  children,
}: FieldProps<T, N> & { children: (control: ControlProps<T, N>) => ReactNode }) {
  const context = useFormContext<T>() as ReturnType<typeof useFormContext<T>> | null;
  const { field, fieldState } = useController({ control: control ?? context?.control, name });
  const named = useFieldIds(name);
  const id = givenId ?? named.id;
  const testId = givenTestId ?? named.testId;
  return (
    <FieldShell
      label={label}
      htmlFor={id}
      required={required}
      error={fieldState.error}
      testId={testId}
      hint={hint}
      extra={extra}
    >
      {(invalid) => children({ field, id, testId, invalid })}
    </FieldShell>
  );
}
