import type { FieldIdsOf } from '../../../components/form';
import { fieldsFor } from '../../../components/form';
import type { StaffFormValues } from './staff-form-values';

/** The form kit's fields, typed for the staff form. */
export const { TextField, SelectField, DateField, CheckboxField } = fieldsFor<StaffFormValues>();

/** `staff-field-<path>` (dots as dashes) as both id and test id, stable for the e2e tests. */
export function staffFieldId(path: string): string {
  return `staff-field-${path.replaceAll('.', '-')}`;
}
export const staffFieldIds: FieldIdsOf = (name) => ({ id: staffFieldId(name), testId: staffFieldId(name) });
