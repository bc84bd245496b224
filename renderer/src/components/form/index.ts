/**
 * The one form kit: every form's fields are these, bound to react-hook-form,
 * each with its label and its error beside it (from the schema or the main process).
 */
import type { ReactElement } from 'react';
import type { FieldValues } from 'react-hook-form';
import { CheckboxField } from './checkbox-field';
import { DateField } from './date-field';
import type { DateFieldProps } from './date-field';
import { FormField } from './form-field';
import type { ControlProps, FieldProps } from './form-field';
import { NumberField } from './number-field';
import type { NumberFieldProps } from './number-field';
import { SelectField } from './select-field';
import type { SelectFieldProps } from './select-field';
import { TextField } from './text-field';
import type { TextFieldProps } from './text-field';

export { CheckboxField, DateField, FormField, NumberField, SelectField, TextField };
export type { ControlProps, FieldProps };
export { FieldShell } from './field-shell';
export { FieldIdsProvider, FormFields } from './field-ids';
export type { FieldIds, FieldIdsOf } from './field-ids';
export { useFieldErrorText } from './use-field-error-text';
export { preventEnterSubmit, useSaveShortcut } from './use-form-keys';
export { FormDialog } from './form-dialog';

/**
 * The kit's fields typed for one form's values, so a misspelt field name fails
 * the type check: `const { TextField } = fieldsFor<PersonFormValues>()`.
 */
export function fieldsFor<T extends FieldValues>() {
  return {
    FormField: FormField as (
      props: FieldProps<T> & { children: (control: ControlProps<T>) => ReactElement | null },
    ) => ReactElement,
    TextField: TextField as (props: TextFieldProps<T>) => ReactElement,
    SelectField: SelectField as (props: SelectFieldProps<T>) => ReactElement,
    DateField: DateField as (props: DateFieldProps<T>) => ReactElement,
    NumberField: NumberField as (props: NumberFieldProps<T>) => ReactElement,
    CheckboxField: CheckboxField as (props: Omit<FieldProps<T>, 'label'> & { label: string }) => ReactElement,
  };
}
