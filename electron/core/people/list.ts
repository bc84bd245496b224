import type { PeopleListQuery, PeopleFilter, PersonListItem } from '../../../shared/ipc/people';

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });

/** Does the item pass every filter except the text query (done by the search index)? */
export function passesFilter(item: PersonListItem, filter: PeopleFilter): boolean {
  if (filter.service && !item.services.includes(filter.service)) return false;
  if (filter.status && item.status !== filter.status) return false;
  // Those whose care ended are out of the daily list (and its export) unless asked for.
  if (!filter.status && !filter.includeEnded && item.status !== 'active') return false;
  if (filter.category && !item.categories.includes(filter.category)) return false;
  if (filter.abilityLevel !== undefined) {
    const wanted = filter.abilityLevel === 'none' ? null : filter.abilityLevel;
    if (item.abilityLevel !== wanted) return false;
  }
  if (filter.village !== undefined && filter.village !== '' && item.village !== filter.village) return false;
  if (filter.incomplete !== undefined && item.incomplete !== filter.incomplete) return false;
  if (filter.reassessmentDue !== undefined && item.reassessmentDue !== filter.reassessmentDue) return false;
  if (filter.riskReviewDue !== undefined && item.riskReviewDue !== filter.riskReviewDue) return false;
  return true;
}

/** A name's sort key: its pinyin (surnames read as surnames), so 曾 sorts as zeng, 单 as shan. */
export type NameKey = (item: PersonListItem) => string;

function compareBy(
  field: NonNullable<PeopleFilter['sort']>['field'],
  nameKey: NameKey,
): (a: PersonListItem, b: PersonListItem) => number {
  const byName = (a: PersonListItem, b: PersonListItem) => {
    const ka = nameKey(a);
    const kb = nameKey(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  switch (field) {
    case 'age':
      return (a, b) => a.age - b.age || byName(a, b);
    case 'village':
      // People without a village sort last in ascending order.
      return (a, b) =>
        (a.village === null ? 1 : 0) - (b.village === null ? 1 : 0) ||
        collator.compare(a.village ?? '', b.village ?? '') ||
        byName(a, b);
    case 'level':
      return (a, b) => (a.abilityLevel ?? -1) - (b.abilityLevel ?? -1) || byName(a, b);
    case 'updatedAt':
      return (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0) || byName(a, b);
    case 'name':
      return byName;
  }
}

/** Sorts in place; ties are broken by name. Default: name ascending. */
export function sortItems(
  items: PersonListItem[],
  sort: PeopleFilter['sort'],
  nameKey: NameKey,
): PersonListItem[] {
  const compare = compareBy(sort?.field ?? 'name', nameKey);
  const sign = sort?.order === 'desc' ? -1 : 1;
  return items.sort((a, b) => sign * compare(a, b));
}

export const DEFAULT_PAGE_SIZE = 50;

export function page<T>(items: readonly T[], query: Pick<PeopleListQuery, 'offset' | 'limit'>): T[] {
  const offset = query.offset ?? 0;
  return items.slice(offset, offset + (query.limit ?? DEFAULT_PAGE_SIZE));
}
