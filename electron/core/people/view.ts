import { toIsoDate } from '../../../shared/domain/dates';
import type { PeopleFilter, PersonListItem } from '../../../shared/ipc/people';
import type { CareStore } from './care-store';
import { CoreGroupsCache } from './facts';
import type { CoreGroups } from './facts';
import { passesFilter, sortItems } from './list';
import { riskEventsByPerson } from './risk-events';
import type { RiskEvent } from './risk-events';
import { PeopleSearchIndex } from './search-index';

export interface PeopleSnapshot {
  today: string;
  groups: CoreGroups;
  events: Map<string, RiskEvent[]>;
}

/**
 * Read side of the people feature: the search index and the per-person
 * groupings, both kept in step with whatever store is current (a restore
 * replaces it), plus the filtered, sorted list every view and export use.
 */
export class PeopleView {
  readonly index = new PeopleSearchIndex();
  private readonly groups = new CoreGroupsCache();

  constructor(
    private readonly store: () => CareStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  today(): string {
    return toIsoDate(this.now());
  }

  async snapshot(): Promise<PeopleSnapshot> {
    const store = this.store();
    const today = this.today();
    const events = await riskEventsByPerson((kind, period) => store.shard(kind, period), today).catch(
      // A damaged care-log month turns the store read-only; the list still opens, without incident flags.
      () => new Map<string, RiskEvent[]>(),
    );
    return { today, groups: this.groups.get(store.core), events };
  }

  /** Every person matching the filter, sorted; the caller pages. */
  async filtered(filter: PeopleFilter): Promise<PersonListItem[]> {
    const store = this.store();
    const people = store.core.people;
    this.index.sync(people);
    const { today, groups, events } = await this.snapshot();
    const hits = this.index.search(filter.query);
    const items: PersonListItem[] = [];
    for (const person of people) {
      if (hits && !hits.has(person.id)) continue;
      const item = groups.listItem(person, events, today);
      if (passesFilter(item, filter)) items.push(item);
    }
    return sortItems(items, filter.sort, (item) => this.index.sortKey(item.id));
  }
}
