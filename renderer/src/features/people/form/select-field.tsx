import { Select } from 'antd';
import { PersonField } from './person-field';
import type { PersonPath } from './person-field';

interface Props {
  name: PersonPath;
  label?: string;
  required?: boolean;
  placeholder?: string;
  options: { value: string; label: string }[];
}

/** A choice from a fixed list (marital status, category…); clearing it means "not given". */
export function SelectField({ name, label, required, placeholder, options }: Props) {
  return (
    <PersonField name={name} label={label} required={required}>
      {({ field, id, testId, invalid }) => (
        <Select
          id={id}
          ref={field.ref}
          allowClear={!required}
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
    </PersonField>
  );
}
