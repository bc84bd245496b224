import type { InputOf } from '../../../../../shared/ipc/api';
import { CATEGORY_CODES } from '../../../../../shared/domain/categories';
import type { CategoryCode } from '../../../../../shared/domain/categories';
import { ABILITY_LEVELS } from '../../../../../shared/domain/ability';
import { PERSON_STATUSES } from '../../../../../shared/domain/person-status';
import { SERVICES } from '../../../../../shared/domain/services';
import type { Service } from '../../../../../shared/domain/services';

export type PeopleQuery = InputOf<'people.list'>;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export type LevelFilter = (typeof ABILITY_LEVELS)[number] | 'none';
export const SORT_FIELDS = ['name', 'age', 'village', 'level', 'updatedAt'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortOrder = 'asc' | 'desc';

/** What the list screen is showing, kept in the address so Back from a person returns to the same view. */
export interface PeopleView {
  query: string;
  service?: Service;
  status?: PersonStatus;
  category?: CategoryCode;
  abilityLevel?: LevelFilter;
  village: string;
  /** Also show elders whose care ended (deceased, moved away); the list hides them otherwise. */
  includeEnded?: boolean;
  sort: { field: SortField; order: SortOrder };
  page: number;
}

export const PAGE_SIZE = 50;
const DEFAULT_SORT = { field: 'name', order: 'asc' } as const;

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

function levelOf(value: string | null): LevelFilter | undefined {
  if (value === 'none') return 'none';
  return ABILITY_LEVELS.find((level) => String(level) === value);
}

export function viewFromParams(params: URLSearchParams): PeopleView {
  const page = Number(params.get('page'));
  return {
    query: params.get('q') ?? '',
    service: oneOf(SERVICES, params.get('service')),
    status: oneOf(PERSON_STATUSES, params.get('status')),
    category: oneOf(CATEGORY_CODES, params.get('category')),
    abilityLevel: levelOf(params.get('level')),
    village: params.get('village') ?? '',
    includeEnded: params.get('ended') === '1' ? true : undefined,
    sort: {
      field: oneOf(SORT_FIELDS, params.get('sort')) ?? DEFAULT_SORT.field,
      order: oneOf(['asc', 'desc'] as const, params.get('order')) ?? DEFAULT_SORT.order,
    },
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Only what differs from the defaults goes into the address. */
export function paramsFromView(view: PeopleView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.query) params.set('q', view.query);
  if (view.service) params.set('service', view.service);
  if (view.status) params.set('status', view.status);
  if (view.category) params.set('category', view.category);
  if (view.abilityLevel !== undefined) params.set('level', String(view.abilityLevel));
  if (view.village) params.set('village', view.village);
  if (view.includeEnded) params.set('ended', '1');
  if (view.sort.field !== DEFAULT_SORT.field || view.sort.order !== DEFAULT_SORT.order) {
    params.set('sort', view.sort.field);
    params.set('order', view.sort.order);
  }
  if (view.page > 1) params.set('page', String(view.page));
  return params;
}

/** The filter part of a view (no paging), as `people.list` and `people.export` take it. */
export function filterOf(view: PeopleView, query = view.query, village = view.village): PeopleQuery {
  const filter: PeopleQuery = { sort: view.sort };
  if (query.trim()) filter.query = query.trim();
  if (view.service) filter.service = view.service;
  if (view.status) filter.status = view.status;
  if (view.category) filter.category = view.category;
  if (view.abilityLevel !== undefined) filter.abilityLevel = view.abilityLevel;
  if (village.trim()) filter.village = village.trim();
  if (view.includeEnded) filter.includeEnded = true;
  return filter;
}

/** True when anything besides the search text narrows the list. */
export function hasFilters(view: PeopleView): boolean {
  return Boolean(
    view.service ||
    view.status ||
    view.category ||
    view.abilityLevel !== undefined ||
    view.village ||
    view.includeEnded,
  );
}
