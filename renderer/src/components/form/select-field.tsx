import { Select } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField } from './form-field';
import type { FieldProps } from './form-field';

export interface SelectFieldProps<T extends FieldValues> extends FieldProps<T> {
  placeholder?: string;
  options: { value: string; label: string }[];
}

/** A choice from a fixed list; clearing an optional one means "not given". */
export function SelectField<T extends FieldValues>({ placeholder, options, ...row }: SelectFieldProps<T>) {
  return (
    <FormField {...row}>
      {({ field, id, testId, invalid }) => (
        <Select
          id={id}
          ref={field.ref}
          allowClear={!row.required}
          showSearch={options.length > 6 ? { optionFilterProp: 'label' } : undefined}
          value={typeof field.value === 'string' ? field.value : undefined}
          onChange={(value: string | undefined) => field.onChange(value)}
          onBlur={field.onBlur}
          placeholder={placeholder}
          options={options}
          status={invalid ? 'error' : undefined}
          data-testid={testId}
        />
      )}
    </FormField>
  );
}
