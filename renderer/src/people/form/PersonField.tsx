import type { ReactNode } from 'react';
import { Form } from 'antd';
import { useController, useFormContext } from 'react-hook-form';
import type { ControllerRenderProps, FieldPath } from 'react-hook-form';
import { useFieldErrorText } from '../../center/useFieldErrorText';
import type { PersonFormValues } from '../personForm';
import { fieldTestId } from './fieldTestId';

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

/**
 * A labelled form item bound to one field of the person form; its complaint
 * (from the schema here or from the main process) appears right underneath.
 */
export function FieldShell({ name, label, required = false, hint, children }: Props) {
  const { control } = useFormContext<PersonFormValues>();
  const errorText = useFieldErrorText();
  const { field, fieldState } = useController({ control, name });
  const testId = fieldTestId(name);
  const id = testId;
  const help = errorText(fieldState.error);
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      required={required}
      validateStatus={help ? 'error' : undefined}
      help={help ? <span data-testid={`${testId}-error`}>{help}</span> : hint}
    >
      {children({ field, id, testId, invalid: Boolean(help) })}
    </Form.Item>
  );
}
