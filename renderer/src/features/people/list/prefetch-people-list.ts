import type { QueryClient } from '@tanstack/react-query';
import { peopleListQuery } from '../queries';
import { PAGE_SIZE, filterOf, viewFromParams } from './people-filter';

/**
 * Fetches the page the elders entry opens on (no search, no filter, first page)
 * into the cache, so the click shows rows at once; the list still re-reads it
 * when it opens, as it does on every visit.
 */
export function prefetchPeopleList(client: QueryClient): Promise<void> {
  const filter = filterOf(viewFromParams(new URLSearchParams()));
  return client.prefetchQuery(peopleListQuery({ ...filter, offset: 0, limit: PAGE_SIZE }));
}
