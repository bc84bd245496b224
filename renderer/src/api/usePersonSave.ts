import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/ipc/api';
import { peopleKeys } from '../people/peopleKeys';
import { care } from './bridge';
import { unwrap } from './unwrap';

export type PersonSaveInput =
  { kind: 'create'; input: InputOf<'people.create'> } | { kind: 'update'; input: InputOf<'people.update'> };

/** Add a new elder or save changes to one; every list and page showing people is re-read afterwards. */
export function usePersonSave() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (save: PersonSaveInput) =>
      unwrap(save.kind === 'create' ? care.people.create(save.input) : care.people.update(save.input)),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
