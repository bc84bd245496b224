import type { ReactNode } from 'react';
import { Form } from 'antd';
import type { FieldError } from 'react-hook-form';
import { useFieldErrorText } from '../center/useFieldErrorText';

interface Props {
  label: ReactNode;
  htmlFor?: string;
  required?: boolean;
  error: FieldError | undefined;
  /** The error line gets `<testId>-error`. */
  testId: string;
  children: ReactNode;
}

/** A labelled form row whose complaint (a zod code or a server message) is shown beside it. */
export function FieldShell({ label, htmlFor, required = false, error, testId, children }: Props) {
  const errorText = useFieldErrorText();
  const help = errorText(error);
  return (
    <Form.Item
      label={label}
      htmlFor={htmlFor}
      required={required}
      validateStatus={help ? 'error' : undefined}
      help={help ? <span data-testid={`${testId}-error`}>{help}</span> : undefined}
    >
      {children}
    </Form.Item>
  );
}
