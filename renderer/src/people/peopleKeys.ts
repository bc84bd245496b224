import type { InputOf } from '../../../shared/ipc/api';

/**
 * react-query keys for the elders' data. Everything starts with `people`, so a
 * save anywhere (a person, an assessment) can refresh lists, pages and the
 * reassessment list with one `invalidateQueries({ queryKey: peopleKeys.all })`.
 */
export const peopleKeys = {
  all: ['people'] as const,
  list: (filter: InputOf<'people.list'>) => ['people', 'list', filter] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
  /** Keyed by the file too, so a new photo is fetched, never served from cache. */
  photo: (id: string, file: string | undefined) => ['people', 'photo', id, file ?? null] as const,
  due: ['people', 'due'] as const,
  mappings: ['people', 'importMappings'] as const,
};
