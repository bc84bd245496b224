/**
 * The grid of a period: days with their holidays, one row per staff member
 * (active staff of the chosen areas, and inactive staff while they have cells
 * in the period), totals, the legend, every warning and the cover.
 */
import type { z } from 'zod';
import { codeKey } from '../../../shared/domain/roster-checks';
import { checkContext } from '../../../shared/domain/roster-checks';
import { datesBetween, isOffDay, isoWeekday, holidayIndex } from '../../../shared/domain/roster-hours';
import { periodOfDate } from '../../../shared/domain/period';
import type {
  GridCode,
  GridDay,
  GridQuerySchema,
  GridRow,
  GridTotals,
  RosterGrid,
  RosterMonthState,
} from '../../../shared/ipc/rosters';
import { STAFF_POSTS, type CoreDoc, type Staff } from '../../../shared/schema';
import { localNow } from '../rounds';
import { cellsIn, indexCells, liveEntries } from './cells';
import { codeRecords, gridCode, type CodeRecord } from './codes';
import { coverBetween } from './cover';
import type { RosterDeps } from './deps';
import { liveHolidays } from './holidays-service';
import { warningsOf } from './warnings';

export function gridDays(core: Readonly<CoreDoc>, from: string, to: string): GridDay[] {
  const marks = liveHolidays(core).filter((h) => h.date >= from && h.date <= to);
  const byDate = new Map(marks.map((h) => [h.date, h]));
  const index = holidayIndex(marks);
  return datesBetween(from, to).map((date) => {
    const h = byDate.get(date);
    return {
      date,
      weekday: isoWeekday(date),
      holiday: h ? { kind: h.kind, name: h.name } : null,
      offDay: isOffDay(date, index),
    };
  });
}

const REST_KINDS = new Set(['rest', 'compensatory']);

export function totalsOf(
  cells: Record<string, string[]>,
  days: readonly string[],
  records: ReadonlyMap<string, CodeRecord>,
): GridTotals {
  const totals: GridTotals = { shifts: 0, nights: 0, restDays: 0, hours: 0 };
  for (const date of days) {
    const codes = cells[date] ?? [];
    if (codes.length === 0) totals.restDays += 1;
    for (const code of codes) {
      const c = records.get(codeKey(code));
      if (c?.kind === 'shift') {
        totals.shifts += 1;
        totals.hours += c.record.paidHours;
        if (c.record.night) totals.nights += 1;
      } else if (c?.kind === 'day') {
        if (c.record.kind === 'training') totals.shifts += 1;
        if (REST_KINDS.has(c.record.kind)) totals.restDays += 1;
      }
    }
  }
  return totals;
}

const postRank = (post: string): number => {
  const i = (STAFF_POSTS as readonly string[]).indexOf(post);
  return i < 0 ? STAFF_POSTS.length : i;
};

/** Area (staff with no area last), then post (built-in order, the center's own after), then name. */
export function compareRows(
  a: Pick<GridRow, 'area' | 'post' | 'name'>,
  b: Pick<GridRow, 'area' | 'post' | 'name'>,
): number {
  if (a.area !== b.area) {
    if (a.area === '') return 1;
    if (b.area === '') return -1;
    return a.area.localeCompare(b.area, 'zh-CN');
  }
  return (
    postRank(a.post) - postRank(b.post) ||
    a.post.localeCompare(b.post, 'zh-CN') ||
    a.name.localeCompare(b.name, 'zh-CN')
  );
}

function monthState(core: Readonly<CoreDoc>, from: string, to: string): RosterMonthState | null {
  if (periodOfDate(from) !== periodOfDate(to)) return null;
  const month = core.rosterMonths.find((m) => m.month === periodOfDate(from));
  if (!month) return null;
  const user = core.users.find((u) => u.id === month.publishedBy);
  return { ...month, publishedByName: user?.displayName ?? '' };
}

export async function rosterGrid(
  deps: RosterDeps,
  input: z.output<typeof GridQuerySchema>,
): Promise<RosterGrid> {
  const store = deps.store();
  const core = store.core;
  const { from, to } = input;
  const rules = core.settings.rosterRules;
  const records = codeRecords(core);
  const context = checkContext(from, to, rules);
  const entries = await liveEntries(store, context.from, context.to);
  const cells = indexCells(entries, records);
  const areas = input.areas ? new Set(input.areas) : null;
  const inArea = (s: Staff): boolean => areas === null || areas.has(s.area ?? '');
  const days = datesBetween(from, to);
  const carePosts = new Set(rules.carePosts);
  const rows: GridRow[] = [];
  for (const member of core.staff) {
    if (!inArea(member)) continue;
    const own = cellsIn(cells.get(member.id), from, to);
    if (!member.active && Object.keys(own).length === 0) continue;
    rows.push({
      staffId: member.id,
      name: member.name,
      post: member.post,
      area: member.area ?? '',
      workingTime: member.workingTime,
      countsAsCare: carePosts.has(member.post),
      active: member.active,
      cells: own,
      totals: totalsOf(own, days, records),
    });
  }
  rows.sort(compareRows);

  const used = new Set<string>();
  for (const row of rows)
    for (const codes of Object.values(row.cells)) for (const c of codes) used.add(codeKey(c));
  const codes: GridCode[] = [];
  for (const [key, c] of records) if (c.record.active || used.has(key)) codes.push(gridCode(c));
  codes.sort((a, b) =>
    a.kind === b.kind ? (a.start ?? a.code).localeCompare(b.start ?? b.code) : a.kind === 'shift' ? -1 : 1,
  );

  const periodEntries = entries.filter((e) => e.date >= from && e.date <= to);
  return {
    from,
    to,
    days: gridDays(core, from, to),
    rows,
    codes,
    warnings: warningsOf(
      core,
      cells,
      rows.map((r) => r.staffId),
      from,
      to,
    ),
    cover: coverBetween(core, periodEntries, from, to, localNow(deps).date),
    month: monthState(core, from, to),
    rules,
  };
}
