import type { ReactNode } from 'react';
import { Form } from 'antd';
import type { FieldError } from 'react-hook-form';
import { useFieldErrorText } from './use-field-error-text';

interface Props {
  label?: ReactNode;
  htmlFor?: string;
  required?: boolean;
  error: FieldError | undefined;
  /** The error line gets `<testId>-error`. */
  testId: string;
  /** Shown under the field when there is no error (e.g. "filled from the ID number"). */
  hint?: ReactNode;
  /** Shown under the field always (what the setting means). */
  extra?: ReactNode;
  /** The control; as a function it learns whether the field is in error (for `aria-invalid`). */
  children: ReactNode | ((invalid: boolean) => ReactNode);
}

/**
 * A labelled form row whose complaint (a zod code from the form's schema or a
 * message from the main process) is shown right underneath it.
 */
export function FieldShell({
  label,
  htmlFor,
  required = false,
  error,
  testId,
  hint,
  extra,
  children,
}: Props) {
  const errorText = useFieldErrorText();
  const help = errorText(error);
  return (
    <Form.Item
      label={label}
      htmlFor={htmlFor}
      required={required}
      validateStatus={help ? 'error' : undefined}
      help={help ? <span data-testid={`${testId}-error`}>{help}</span> : hint}
      extra={extra}
    >
      {typeof children === 'function' ? children(Boolean(help)) : children}
    </Form.Item>
  );
}
