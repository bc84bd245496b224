import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { FieldValues } from 'react-hook-form';
import { FormField } from './form-field';
import type { FieldProps } from './form-field';

const FORMAT = 'YYYY-MM-DD';

export interface DateFieldProps<T extends FieldValues> extends FieldProps<T> {
  placeholder?: string;
  /** Dates after today cannot be picked (an assessment is dated when it was made). */
  notAfterToday?: boolean;
  /** False where the date is required and has a default (today). */
  allowClear?: boolean;
}

/** A calendar date kept as 'YYYY-MM-DD' text, as the schemas hold it; it can be typed as well as picked. */
export function DateField<T extends FieldValues>({
  placeholder,
  notAfterToday = false,
  allowClear = true,
  ...row
}: DateFieldProps<T>) {
  return (
    <FormField {...row}>
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
            disabledDate={notAfterToday ? (date) => date.isAfter(dayjs(), 'day') : undefined}
            allowClear={allowClear}
            status={invalid ? 'error' : undefined}
            style={{ width: '100%' }}
            data-testid={testId}
          />
        );
      }}
    </FormField>
  );
}
