import { InputNumber } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField } from './form-field';
import type { FieldProps } from './form-field';

export interface NumberFieldProps<T extends FieldValues> extends FieldProps<T> {
  min?: number;
  max?: number;
  /** The unit, shown inside the box (months, copies). */
  suffix?: string;
  /** Narrower than the row when the number is short; the whole row by default. */
  width?: number;
}

/** A whole number. */
export function NumberField<T extends FieldValues>({ min, max, suffix, width, ...row }: NumberFieldProps<T>) {
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
          min={min}
          max={max}
          precision={0}
          suffix={suffix}
          style={{ width: width ?? '100%' }}
          aria-invalid={invalid ? true : undefined}
          data-testid={testId}
        />
      )}
    </FormField>
  );
}
