import { Checkbox } from 'antd';
import { FieldShell } from './FieldShell';
import type { PersonPath } from './FieldShell';

/** A yes/no fact (diagnosed dementia…), the label beside the box. */
export function CheckboxField({ name, label }: { name: PersonPath; label: string }) {
  return (
    <FieldShell name={name}>
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
    </FieldShell>
  );
}
