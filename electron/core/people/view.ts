import { toIsoDate } from '../../../shared/domain/dates';
import type { CoreDoc } from '../../../shared/schema';
import type { PeopleFilter, PersonListItem } from '../../../shared/ipc/people';
import type { CareStore, ShardView } from '../care-store';
import { CoreGroupsCache } from './facts';
import type { CoreGroups } from './facts';
import { passesFilter, sortItems } from './list';
import { readRiskShards, riskEventsIn } from '../assessments';
import type { RiskEvent } from '../assessments';
import { PeopleSearchIndex } from './search-index';

export interface PeopleSnapshot {
  today: string;
  groups: CoreGroups;
  events: Map<string, RiskEvent[]>;
}

/** What the cached list items were computed from; any change rebuilds them. */
interface ItemsKey {
  core: Readonly<CoreDoc>;
  events: Map<string, RiskEvent[]>;
  today: string;
}

function sameShards(a: readonly Readonly<ShardView>[], b: readonly Readonly<ShardView>[]): boolean {
  return a.length === b.length && a.every((shard, i) => shard === b[i]);
}

/**
 * Read side of the people feature: the search index, per-person groupings and
 * list rows, kept in step with whatever store is current (a restore replaces
 * its data). Everything is cached on the identity of the data it came from —
 * the store swaps in new objects on every commit — so typing in the search box
 * only filters and sorts rows that already exist.
 */
export class PeopleView {
  readonly index = new PeopleSearchIndex();
  private readonly groups = new CoreGroupsCache();
  private eventsCache: {
    today: string;
    shards: readonly ShardView<'careLogs'>[];
    events: Map<string, RiskEvent[]>;
  } | null = null;
  private itemsCache: { key: ItemsKey; items: Map<string, PersonListItem> } | null = null;

  constructor(
    private readonly store: () => CareStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  today(): string {
    return toIsoDate(this.now());
  }

  /**
   * Risk events of the last 30 days, recomputed only when a care-log month changed:
   * the store swaps in a new shard object on every commit, so the month objects
   * themselves are the cache key, checked before any record is looked at.
   */
  private async events(store: CareStore, today: string): Promise<Map<string, RiskEvent[]>> {
    try {
      const shards = await readRiskShards((kind, period) => store.shard(kind, period), today);
      const cached = this.eventsCache;
      if (cached && cached.today === today && sameShards(cached.shards, shards)) return cached.events;
      const events = riskEventsIn(shards, today);
      this.eventsCache = { today, shards, events };
      return events;
    } catch {
      // A damaged care-log month turns the store read-only; the list still opens, without incident flags.
      return new Map();
    }
  }

  async snapshot(): Promise<PeopleSnapshot> {
    const store = this.store();
    const today = this.today();
    const events = await this.events(store, today);
    return { today, groups: this.groups.get(store.core), events };
  }

  private items(core: Readonly<CoreDoc>, snapshot: PeopleSnapshot): Map<string, PersonListItem> {
    const key: ItemsKey = { core, events: snapshot.events, today: snapshot.today };
    const cached = this.itemsCache;
    if (
      cached &&
      cached.key.core === core &&
      cached.key.events === key.events &&
      cached.key.today === key.today
    ) {
      return cached.items;
    }
    const items = new Map<string, PersonListItem>();
    for (const person of core.people)
      items.set(person.id, snapshot.groups.listItem(person, snapshot.events, snapshot.today));
    this.itemsCache = { key, items };
    return items;
  }

  /** Every person matching the filter, sorted; the caller pages. */
  async filtered(filter: PeopleFilter): Promise<PersonListItem[]> {
    const { today, events } = await this.snapshot();
    // Read the core after the await: a commit may have landed meanwhile.
    const core = this.store().core;
    this.index.sync(core.people);
    const rows = this.items(core, { today, events, groups: this.groups.get(core) });
    const hits = this.index.search(filter.query);
    const out: PersonListItem[] = [];
    if (hits) {
      for (const id of hits) {
        const item = rows.get(id);
        if (item && passesFilter(item, filter)) out.push(item);
      }
    } else {
      for (const item of rows.values()) if (passesFilter(item, filter)) out.push(item);
    }
    return sortItems(out, filter.sort, (item) => this.index.sortKey(item.id));
  }
}
