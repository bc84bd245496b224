import { describe, expect, it } from 'vitest';
import { emptyCore } from '../../shared/schema';
import type { ShardKind } from '../../shared/schema';
import type { CareStore, ShardView } from '../../electron/core/care-store';
import { PeopleView } from '../../electron/core/people/view';

/** A care-log month that counts how often its records are looked at. */
function countingShard(records: unknown[], reads: { count: number }): ShardView<'careLogs'> {
  return {
    get records() {
      reads.count += 1;
      return records as ShardView<'careLogs'>['records'];
    },
  };
}

function fall(date: string, personId: string) {
  return { type: 'incident', category: 'fall', date, personIds: [personId] };
}

/** Just enough store for the read side: an empty core and care-log months by period. */
function fakeStore(months: Map<string, ShardView<'careLogs'>>): CareStore {
  const empty = countingShard([], { count: 0 });
  return {
    readOnly: null,
    warnings: [],
    core: emptyCore(new Date(2026, 0, 1)),
    // Only care-log months are read by the view; any other kind reads as empty.
    shard: <K extends ShardKind>(kind: K, period: string) =>
      Promise.resolve(
        (kind === 'careLogs' ? (months.get(period) ?? empty) : empty) as unknown as ShardView<K>,
      ),
    mutate: () => Promise.reject(new Error('read only in this test')),
    record: () => Promise.resolve(false),
  };
}

describe('PeopleView risk events cache', () => {
  // 1 March looks back to 30 January: three care-log months.
  const today = new Date(2026, 2, 1, 12);

  it('computes the events once and reuses them while no care-log month changed', async () => {
    const reads = { count: 0 };
    const months = new Map([['2026-02', countingShard([fall('2026-02-20', 'p1')], reads)]]);
    const store = fakeStore(months);
    const view = new PeopleView(
      () => store,
      () => today,
    );

    const first = await view.snapshot();
    expect(first.events.get('p1')).toEqual([{ date: '2026-02-20', type: 'fall' }]);
    const readsAfterFirst = reads.count;
    expect(readsAfterFirst).toBeGreaterThan(0);

    const second = await view.snapshot();
    expect(second.events).toBe(first.events);
    expect(reads.count).toBe(readsAfterFirst);
  });

  it('recomputes when a month is replaced (a commit) or the day changes', async () => {
    const reads = { count: 0 };
    const months = new Map([['2026-02', countingShard([fall('2026-02-20', 'p1')], reads)]]);
    let now = today;
    const store = fakeStore(months);
    const view = new PeopleView(
      () => store,
      () => now,
    );
    const first = await view.snapshot();

    months.set('2026-03', countingShard([fall('2026-03-01', 'p2')], reads));
    const afterCommit = await view.snapshot();
    expect(afterCommit.events).not.toBe(first.events);
    expect([...afterCommit.events.keys()].sort()).toEqual(['p1', 'p2']);

    // 25 March looks back to 23 February only.
    now = new Date(2026, 2, 25, 12);
    const later = await view.snapshot();
    expect([...later.events.keys()]).toEqual(['p2']);
  });
});
