import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/ipc/api';
import { peopleKeys } from '../people/peopleKeys';
import { care } from './bridge';
import { unwrap } from './unwrap';

export type PersonPhotoChange =
  { kind: 'set'; input: InputOf<'people.setPhoto'> } | { kind: 'clear'; input: InputOf<'people.clearPhoto'> };

/** Put a new photo on a person or take it off; the person's page and lists are re-read afterwards. */
export function usePersonPhotoSave() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: PersonPhotoChange) =>
      unwrap(
        change.kind === 'set' ? care.people.setPhoto(change.input) : care.people.clearPhoto(change.input),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
