import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { PersonField } from './person-field';
import type { PersonPath } from './person-field';

const FORMAT = 'YYYY-MM-DD';

interface Props {
  name: PersonPath;
  label?: string;
  required?: boolean;
  placeholder?: string;
  hint?: string;
}

/** A calendar date kept as 'YYYY-MM-DD' text; it can be typed as well as picked. */
export function DateField({ name, label, required, placeholder, hint }: Props) {
  return (
    <PersonField name={name} label={label} required={required} hint={hint}>
      {({ field, id, testId, invalid }) => {
        const text = typeof field.value === 'string' ? field.value : '';
        const value = text ? dayjs(text, FORMAT, true) : null;
        return (
          <DatePicker
            id={id}
            ref={field.ref}
            format={FORMAT}
            value={value?.isValid() ? value : null}
            onChange={(date) => field.onChange(date ? date.format(FORMAT) : '')}
            onBlur={field.onBlur}
            placeholder={placeholder ?? FORMAT}
            status={invalid ? 'error' : undefined}
            style={{ width: '100%' }}
            data-testid={testId}
          />
        );
      }}
    </PersonField>
  );
}
