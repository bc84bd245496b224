import { useQuery } from '@tanstack/react-query';
import { peopleKeys } from '../people/peopleKeys';
import { care } from './bridge';
import { unwrap } from './unwrap';

/**
 * A person's photo as a data URL (null without one). Asked only when the
 * record names a photo file; `file` is part of the key so a new photo is read.
 */
export function usePersonPhoto(id: string, file: string | undefined) {
  return useQuery({
    queryKey: peopleKeys.photo(id, file),
    queryFn: () => unwrap(care.people.photo({ id })),
    enabled: file !== undefined,
  });
}
