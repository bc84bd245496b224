import { InputNumber } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField } from './form-field';
import type { FieldProps } from './form-field';

export interface NumberFieldProps<T extends FieldValues> extends FieldProps<T> {
  /** The unit, shown inside the box (months, copies). */
  suffix?: string;
  /** Narrower than the row when the number is short; the whole row by default. */
  width?: number;
}

/**
 * A number, kept exactly as typed. The range and "whole number" are the schema's
 * to check, with a message beside the field: antd's own min/max/precision would
 * quietly turn 99 into 60 or 2.5 into 3, and the clerk would save a number they never chose.
 */
export function NumberField<T extends FieldValues>({ suffix, width, ...row }: NumberFieldProps<T>) {
  return (
    <FormField {...row}>
      {({ field, id, testId, invalid }) => (
        <InputNumber<number>
          id={id}
          ref={field.ref}
          name={row.name}
          value={typeof field.value === 'number' ? field.value : null}
          onChange={(next) => field.onChange(next)}
          onBlur={field.onBlur}
          suffix={suffix}
          style={{ width: width ?? '100%' }}
          aria-invalid={invalid ? true : undefined}
          data-testid={testId}
        />
      )}
    </FormField>
  );
}
