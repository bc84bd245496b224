import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { parseDateInput } from '../../../../../shared/domain/date-input';

/** A labelled row of a roster dialog with its problem beside it. */
export function Field({
  id,
  label,
  error,
  hint,
  required,
  children,
}: {
  id: string;
  label: string;
  error?: string | null | undefined;
  hint?: ReactNode;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <Form.Item
      label={<label htmlFor={id}>{label}</label>}
      required={required ?? false}
      validateStatus={error ? 'error' : undefined}
      help={error ? <span data-testid={`${id}-error`}>{error}</span> : hint}
      style={{ marginBottom: 12 }}
    >
      {children}
    </Form.Item>
  );
}

/** A date typed as 2026-03-05, 20260305 or 2026/3/5, kept as 'YYYY-MM-DD' once the box is left. */
export function DateInput({
  id,
  value,
  onChange,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
}) {
  return (
    <Input
      id={id}
      data-testid={id}
      value={value}
      placeholder="YYYY-MM-DD"
      autoComplete="off"
      aria-invalid={invalid ?? undefined}
      style={{ width: 150 }}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event) => {
        const parsed = parseDateInput(event.target.value);
        if (parsed) onChange(parsed);
      }}
    />
  );
}
