import { useQuery } from '@tanstack/react-query';
import { peopleKeys } from '../people/peopleKeys';
import { care } from './bridge';
import { unwrap } from './unwrap';

/** One elder with enrollments, assessments (newest first), current level and reassessment state. */
export function usePerson(id: string) {
  return useQuery({
    queryKey: peopleKeys.detail(id),
    queryFn: () => unwrap(care.people.get({ id })),
    staleTime: 0,
  });
}
