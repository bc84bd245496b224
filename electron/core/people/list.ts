import type { PeopleListQuery, PeopleFilter, PersonListItem } from '../../../shared/ipc/people';

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });

/** Does the item pass every filter except the text query (done by the search index)? */
export function passesFilter(item: PersonListItem, filter: PeopleFilter): boolean {
  if (filter.service && !item.services.includes(filter.service)) return false;
  if (filter.status && item.status !== filter.status) return false;
  if (filter.category && !item.categories.includes(filter.category)) return false;
  if (filter.abilityLevel !== undefined) {
    const wanted = filter.abilityLevel === 'none' ? null : filter.abilityLevel;
    if (item.abilityLevel !== wanted) return false;
  }
  if (filter.village !== undefined && filter.village !== '' && item.village !== filter.village) return false;
  if (filter.incomplete !== undefined && item.incomplete !== filter.incomplete) return false;
  if (filter.reassessmentDue !== undefined && item.reassessmentDue !== filter.reassessmentDue) return false;
  return true;
}

function compareBy(field: NonNullable<PeopleFilter['sort']>['field']): (a: PersonListItem, b: PersonListItem) => number {
  switch (field) {
    case 'age':
      return (a, b) => a.age - b.age || collator.compare(a.name, b.name);
    case 'village':
      // People without a village sort last in ascending order.
      return (a, b) =>
        (a.village === null ? 1 : 0) - (b.village === null ? 1 : 0) ||
        collator.compare(a.village ?? '', b.village ?? '') ||
        collator.compare(a.name, b.name);
    case 'level':
      return (a, b) => (a.abilityLevel ?? -1) - (b.abilityLevel ?? -1) || collator.compare(a.name, b.name);
    case 'updatedAt':
      return (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0);
    case 'name':
      return (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
  }
}

/** Sorts in place: names by pinyin (Chinese order), ties broken by name. Default: name ascending. */
export function sortItems(items: PersonListItem[], sort: PeopleFilter['sort']): PersonListItem[] {
  const compare = compareBy(sort?.field ?? 'name');
  const sign = sort?.order === 'desc' ? -1 : 1;
  return items.sort((a, b) => sign * compare(a, b));
}

export const DEFAULT_PAGE_SIZE = 50;

export function page<T>(items: readonly T[], query: Pick<PeopleListQuery, 'offset' | 'limit'>): T[] {
  const offset = query.offset ?? 0;
  return items.slice(offset, offset + (query.limit ?? DEFAULT_PAGE_SIZE));
}
