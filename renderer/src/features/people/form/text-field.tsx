import { Input } from 'antd';
import { PersonField } from './person-field';
import type { PersonPath } from './person-field';

interface Props {
  name: PersonPath;
  label?: string;
  required?: boolean;
  placeholder?: string;
  inputMode?: 'text' | 'tel' | 'numeric';
  /** Several lines (notes); Enter then makes a new line instead of saving. */
  rows?: number;
  maxLength?: number;
}

/** A text box (or a few lines) of the person form. */
export function TextField({
  name,
  label,
  required,
  placeholder,
  inputMode = 'text',
  rows,
  maxLength,
}: Props) {
  return (
    <PersonField name={name} label={label} required={required}>
      {({ field, id, testId, invalid }) => {
        const common = {
          id,
          name,
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
          <Input {...common} ref={field.ref} inputMode={inputMode} autoComplete="off" />
        );
      }}
    </PersonField>
  );
}
