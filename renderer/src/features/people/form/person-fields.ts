import type { FieldPath } from 'react-hook-form';
import { fieldsFor } from '../../../components/form';
import type { FieldIdsOf } from '../../../components/form';
import type { PersonFormValues } from './person-form-values';
import { fieldTestId } from './field-test-id';

export type PersonPath = FieldPath<PersonFormValues>;

/** The form kit's fields, typed for the person form (taken from its <FormProvider> by name). */
export const {
  FormField: PersonField,
  TextField,
  SelectField,
  DateField,
  CheckboxField,
} = fieldsFor<PersonFormValues>();

/** `person-field-<path>` as both id and test id, stable for the e2e tests. */
export const personFieldIds: FieldIdsOf = (name) => ({ id: fieldTestId(name), testId: fieldTestId(name) });
