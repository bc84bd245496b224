/**
 * Run in a fresh process by roster-bench.ts on the 10-year 100-bed demo:
 * brings the roster to 40 active staff (carers added on the 白白夜夜休休
 * rotation through the roster core, as a manager would), then reads this
 * month's grid with every check and the cover. Prints one JSON line.
 */
import type { CoreDoc, Staff } from '../../shared/schema';
import { careStore } from '../../electron/core/care-store';
import { applyPattern } from '../../electron/core/rosters/change-service';
import { rosterGrid } from '../../electron/core/rosters/grid-service';
import type { RosterDeps } from '../../electron/core/rosters/deps';
import { firstOfMonth, lastOfMonth } from '../../shared/domain/roster-hours';
import { openStore } from '../../electron/core/store';
import { localToday } from './check-in';
import { timeEach } from './timing';

const STAFF = 40;
const SURNAMES = ['赵', '钱', '孙', '李', '周', '吴', '郑', '王', '冯', '陈'];
const GIVEN = ['秀兰', '桂芳', '红梅', '丽华', '春燕'];
const [dir, countText] = process.argv.slice(2);
if (!dir || !countText) throw new Error('usage: roster-probe.ts <dataDir> <reads>');
const count = Number(countText);
const today = localToday();
const store = await openStore<CoreDoc>({ dir });
if (store.readOnly) throw new Error(`store opened read-only: ${store.readOnly.reason}`);
const port = careStore(store);
const deps: RosterDeps = {
  store: () => port,
  actor: 'bench',
  now: () => new Date(),
  staffId: () => null,
  user: () => null,
};

const from = firstOfMonth(today.slice(0, 7));
const to = lastOfMonth(today.slice(0, 7));
const active = store.core.staff.filter((s) => s.active).length;
const added: Staff[] = [];
const at = new Date().toISOString();
for (let i = active; i < STAFF; i++)
  added.push({
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    name: `${SURNAMES[i % SURNAMES.length] ?? '王'}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] ?? '芳'}`,
    post: 'carer',
    area: i % 2 === 0 ? '1号楼' : '2号楼',
    workingTime: i % 3 === 0 ? 'standard' : 'comprehensive',
    certificates: [],
    active: true,
  });
if (added.length > 0) {
  await port.mutate({ actor: 'bench', action: 'staff.create' }, (tx) => {
    for (const s of added) tx.put('core', 'staff', s);
  });
  await applyPattern(deps, {
    from,
    to,
    pattern: ['白', '白', '夜', '夜', '休', '休'],
    people: added.map((s, k) => ({ staffId: s.id, offset: k % 6 })),
    overwrite: true,
  });
}

const first = await timeEach(1, async () => {
  await rosterGrid(deps, { from, to });
});
const grid = await rosterGrid(deps, { from, to });
const reads = await timeEach(count, async () => {
  await rosterGrid(deps, { from, to });
});
await store.close();
process.stdout.write(
  JSON.stringify({
    first,
    reads,
    rows: grid.rows.length,
    cells: grid.rows.reduce((n, r) => n + Object.keys(r.cells).length, 0),
    warnings: grid.warnings.length,
    cover: grid.cover.length,
    short: grid.cover.filter((c) => c.short > 0).length,
  }) + '\n',
);
