import type { ReactNode } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { ControllerRenderProps, FieldPath } from 'react-hook-form';
import { FieldShell } from '../../../components/form/field-shell';
import type { PersonFormValues } from './person-form-values';
import { fieldTestId } from './field-test-id';

export type PersonPath = FieldPath<PersonFormValues>;

export interface ControlProps {
  field: ControllerRenderProps<PersonFormValues, PersonPath>;
  id: string;
  testId: string;
  invalid: boolean;
}

interface Props {
  name: PersonPath;
  label?: string;
  required?: boolean;
  /** Shown under the field when there is no error (e.g. "filled from the ID number"). */
  hint?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

/** A form row bound to one field of the person form (taken from the form context by name). */
export function PersonField({ name, label, required = false, hint, children }: Props) {
  const { control } = useFormContext<PersonFormValues>();
  const { field, fieldState } = useController({ control, name });
  const testId = fieldTestId(name);
  const id = testId;
  return (
    <FieldShell
      label={label}
      htmlFor={id}
      required={required}
      error={fieldState.error}
      testId={testId}
      hint={hint}
    >
      {(invalid) => children({ field, id, testId, invalid })}
    </FieldShell>
  );
}
