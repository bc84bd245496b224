import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { FormProvider } from 'react-hook-form';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/** The element id (for the label) and the `data-testid` of one field. */
export interface FieldIds {
  id: string;
  testId: string;
}

export type FieldIdsOf = (name: string) => FieldIds;

const byName: FieldIdsOf = (name) => ({ id: name, testId: name });
const FieldIdsContext = createContext<FieldIdsOf>(byName);

/**
 * Each form names its fields' ids its own way (`person-field-…`, `center-field-…`,
 * `setting-…`), and the e2e tests rely on them; the form says so once, here,
 * instead of every field.
 */
export function FieldIdsProvider({ ids, children }: { ids: FieldIdsOf; children: ReactNode }) {
  return <FieldIdsContext value={ids}>{children}</FieldIdsContext>;
}

/** react-hook-form's <FormProvider> and the form's field ids in one: fields then need only their name. */
export function FormFields<T extends FieldValues, C, O extends FieldValues>({
  form,
  ids,
  children,
}: {
  form: UseFormReturn<T, C, O>;
  ids: FieldIdsOf;
  children: ReactNode;
}) {
  return (
    <FormProvider {...form}>
      <FieldIdsProvider ids={ids}>{children}</FieldIdsProvider>
    </FormProvider>
  );
}

export function useFieldIds(name: string): FieldIds {
  return useContext(FieldIdsContext)(name);
}
