import { Checkbox } from 'antd';
import type { FieldValues } from 'react-hook-form';
import { FormField } from './form-field';
import type { FieldProps } from './form-field';

/** A yes/no fact (diagnosed dementia…), the label beside the box. */
export function CheckboxField<T extends FieldValues>({
  label,
  ...row
}: Omit<FieldProps<T>, 'label'> & { label: string }) {
  return (
    <FormField {...row}>
      {({ field, testId }) => (
        <Checkbox
          ref={field.ref}
          checked={field.value === true}
          onChange={(event) => field.onChange(event.target.checked)}
          data-testid={testId}
        >
          {label}
        </Checkbox>
      )}
    </FormField>
  );
}
