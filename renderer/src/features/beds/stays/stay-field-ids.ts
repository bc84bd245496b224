import type { FieldIdsOf } from '../../../components/form';

/** `stay-field-<path>` (dots as dashes) as both id and test id, stable for the e2e tests. */
export function stayFieldId(path: string): string {
  return `stay-field-${path.replaceAll('.', '-')}`;
}
export const stayFieldIds: FieldIdsOf = (name) => ({ id: stayFieldId(name), testId: stayFieldId(name) });
