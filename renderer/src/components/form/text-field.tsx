import { Input } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField } from './form-field';
import type { FieldProps } from './form-field';

export interface TextFieldProps<T extends FieldValues> extends FieldProps<T> {
  placeholder?: string;
  inputMode?: 'text' | 'tel' | 'numeric';
  autoComplete?: string;
  /** Several lines (notes); Enter then makes a new line instead of saving. */
  rows?: number;
  maxLength?: number;
}

/** A text box (or a few lines). */
export function TextField<T extends FieldValues>({
  placeholder,
  inputMode = 'text',
  autoComplete = 'off',
  rows,
  maxLength,
  ...row
}: TextFieldProps<T>) {
  return (
    <FormField {...row}>
      {({ field, id, testId, invalid }) => {
        const common = {
          id,
          name: row.name,
          value: typeof field.value === 'string' ? field.value : '',
          onChange: field.onChange,
          onBlur: field.onBlur,
          placeholder,
          maxLength,
          'aria-invalid': invalid || undefined,
          'data-testid': testId,
        };
        return rows ? (
          <Input.TextArea {...common} ref={field.ref} autoSize={{ minRows: rows, maxRows: rows + 4 }} />
        ) : (
          <Input {...common} ref={field.ref} inputMode={inputMode} autoComplete={autoComplete} />
        );
      }}
    </FormField>
  );
}
