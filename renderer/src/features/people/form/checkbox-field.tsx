import { Checkbox } from 'antd';
import { PersonField } from './person-field';
import type { PersonPath } from './person-field';

/** A yes/no fact (diagnosed dementia…), the label beside the box. */
export function CheckboxField({ name, label }: { name: PersonPath; label: string }) {
  return (
    <PersonField name={name}>
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
    </PersonField>
  );
}
