import { useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/ipc/api';
import { peopleKeys } from '../people/peopleKeys';
import { care } from './bridge';
import { unwrap } from './unwrap';

/**
 * The first person matching a filter, asked for at once (Enter in the search
 * box must not wait for the typing pause). Answers are shared with the list's cache.
 */
export function usePeopleFirstMatch(): (filter: InputOf<'people.list'>) => Promise<string | null> {
  const client = useQueryClient();
  return async (filter) => {
    const page = { ...filter, offset: 0, limit: 50 };
    const answer = await client.fetchQuery({
      queryKey: peopleKeys.list(page),
      queryFn: () => unwrap(care.people.list(page)),
      staleTime: 0,
    });
    return answer.items[0]?.id ?? null;
  };
}
