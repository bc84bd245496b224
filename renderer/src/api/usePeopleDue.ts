import { useQuery } from '@tanstack/react-query';
import { peopleKeys } from '../people/peopleKeys';
import { care } from './bridge';
import { unwrap } from './unwrap';

/** Elders whose ability assessment is due again (interval passed, or incidents suggest a change). */
export function usePeopleDue() {
  return useQuery({
    queryKey: peopleKeys.due,
    queryFn: () => unwrap(care.assessments.due()),
    staleTime: 0,
  });
}
