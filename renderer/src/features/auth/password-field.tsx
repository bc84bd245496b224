import { Input } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField } from '../../components/form';
import type { FieldProps } from '../../components/form';

interface Props<T extends FieldValues> extends FieldProps<T> {
  /** `current-password` to sign in, `new-password` where one is chosen (the browser then offers no old one). */
  autoComplete: 'current-password' | 'new-password';
}

/** A password box of the form kit: hidden as typed, with the eye to show it, its error beside it. */
export function PasswordField<T extends FieldValues>({ autoComplete, ...row }: Props<T>) {
  return (
    <FormField {...row}>
      {({ field, id, testId, invalid }) => (
        <Input.Password
          id={id}
          ref={field.ref}
          name={row.name}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          autoComplete={autoComplete}
          maxLength={128}
          aria-invalid={invalid || undefined}
          data-testid={testId}
        />
      )}
    </FormField>
  );
}
