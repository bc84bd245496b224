import { DatePicker } from 'antd';
import type { DatePickerProps } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { FormField } from './form-field';
import type { FieldProps } from './form-field';
import { parseDateInput } from '../../../../shared/domain/date-input';

const SHOWN_DATE_FORMAT = 'YYYY-MM-DD';

type PanelMode = NonNullable<DatePickerProps['mode']>;

export interface DateFieldProps<T extends FieldValues> extends FieldProps<T> {
  placeholder?: string;
  /** Dates after today cannot be picked (an assessment is dated when it was made). */
  notAfterToday?: boolean;
  /** False where the date is required and has a default (today). */
  allowClear?: boolean;
  /**
   * When empty, the calendar opens on a panel of years around this one rather than on
   * today (a birth date is decades back: choose the year, then the month, then the day).
   */
  emptyOpensOnYear?: number;
}

/**
 * What is typed in the box, read the way the import reads dates (19500101, 1950/1/1,
 * 1950.1.1, 1950年1月1日…). The picker itself only knows YYYY-MM-DD and would throw
 * anything else away on leaving the box. It is not given the other forms as formats:
 * it matches while the clerk types, so 1950-01-1 would be taken before the 6 of 16.
 */
function typedDate(event: { target: EventTarget | null }): string | null {
  return event.target instanceof HTMLInputElement ? parseDateInput(event.target.value) : null;
}

/**
 * A calendar date kept as 'YYYY-MM-DD' text, as the schemas hold it. It can be picked,
 * or typed in any form the import accepts and is then shown as YYYY-MM-DD (on leaving
 * the box or on Enter), so a typed date is never silently erased.
 */
export function DateField<T extends FieldValues>({
  placeholder,
  notAfterToday = false,
  allowClear = true,
  emptyOpensOnYear,
  ...row
}: DateFieldProps<T>) {
  const [mode, setMode] = useState<PanelMode>('date');
  return (
    <FormField {...row}>
      {({ field, id, testId, invalid }) => {
        const text = typeof field.value === 'string' ? field.value : '';
        const value = text ? dayjs(text, SHOWN_DATE_FORMAT, true) : null;
        const shown = value?.isValid() ? value : null;
        const yearFirst = emptyOpensOnYear !== undefined && shown === null;
        return (
          <DatePicker
            id={id}
            ref={field.ref}
            format={SHOWN_DATE_FORMAT}
            value={shown}
            onChange={(date) => field.onChange(date ? date.format(SHOWN_DATE_FORMAT) : '')}
            onBlur={(event) => {
              const typed = typedDate(event);
              if (typed !== null && typed !== text) field.onChange(typed);
              field.onBlur();
            }}
            onKeyDown={(event) => {
              const typed = event.key === 'Enter' ? typedDate(event) : null;
              if (typed !== null && typed !== text) field.onChange(typed);
            }}
            placeholder={placeholder ?? SHOWN_DATE_FORMAT}
            disabledDate={notAfterToday ? (date) => date.isAfter(dayjs(), 'day') : undefined}
            allowClear={allowClear}
            status={invalid ? 'error' : undefined}
            style={{ width: '100%' }}
            data-testid={testId}
            {...(emptyOpensOnYear === undefined
              ? {}
              : {
                  mode,
                  onPanelChange: (_: unknown, next: PanelMode) => setMode(next),
                  onOpenChange: (open: boolean) => {
                    if (open) setMode(yearFirst ? 'year' : 'date');
                  },
                  defaultPickerValue: dayjs(`${emptyOpensOnYear}-01-01`),
                })}
          />
        );
      }}
    </FormField>
  );
}
