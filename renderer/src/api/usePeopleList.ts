import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/ipc/api';
import { peopleKeys } from '../people/peopleKeys';
import { care } from './bridge';
import { unwrap } from './unwrap';

/**
 * One page of the elders list for a search and filter. The previous page stays
 * on screen while the next answer comes, so typing in the search box never blanks the table.
 */
export function usePeopleList(filter: InputOf<'people.list'>) {
  return useQuery({
    queryKey: peopleKeys.list(filter),
    queryFn: () => unwrap(care.people.list(filter)),
    placeholderData: keepPreviousData,
    // Lists change when anyone saves; re-read on return to the page.
    staleTime: 0,
  });
}
