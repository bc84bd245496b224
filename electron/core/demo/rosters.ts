/**
 * The roster's side of the demo: the holidays table the center typed in at
 * the start of each year (春节, 国庆 and the other statutory days, with the
 * 调休 weekend days worked), and every past month's roster published by the
 * head nurse, some changed after publishing (a new version with its line).
 */
import type { Holiday, RosterMonth } from '../../../shared/schema';
import { stamp, timestamps, type DemoContext } from './context';
import { addDays, weekday } from './dates';
import { demoUserId } from './users';

/** 春节 (the first day of the lunar year) for the years a demo can cover. */
const SPRING_FESTIVAL: Record<number, string> = {
  2014: '01-31',
  2015: '02-19',
  2016: '02-08',
  2017: '01-28',
  2018: '02-16',
  2019: '02-05',
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
};

type Mark = Pick<Holiday, 'date' | 'kind' | 'name'>;

/** A run of days off and the weekend days next to it worked instead (the usual 调休 shape). */
function holidayRun(first: string, days: number, name: string): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < days; i++) out.push({ date: addDays(first, i), kind: 'holiday', name });
  const before = addDays(first, -1);
  const after = addDays(first, days);
  if (weekday(before) === 0 || weekday(before) === 6)
    out.push({ date: before, kind: 'workday', name: `${name}调休` });
  else if (weekday(addDays(first, -2)) === 0)
    out.push({ date: addDays(first, -2), kind: 'workday', name: `${name}调休` });
  if (weekday(after) === 6 || weekday(after) === 0)
    out.push({ date: after, kind: 'workday', name: `${name}调休` });
  return out;
}

/** The statutory days of one year as a center would type them (lunar feasts other than 春节 left to the center). */
export function holidaysOf(year: number): Mark[] {
  const y = String(year);
  const marks: Mark[] = [{ date: `${y}-01-01`, kind: 'holiday', name: '元旦' }];
  const spring = SPRING_FESTIVAL[year];
  if (spring) marks.push(...holidayRun(addDays(`${y}-${spring}`, -1), 7, '春节'));
  marks.push({
    date: `${y}-04-0${year % 4 === 0 || year % 4 === 1 ? '4' : '5'}`,
    kind: 'holiday',
    name: '清明节',
  });
  marks.push(...holidayRun(`${y}-05-01`, 5, '劳动节'));
  marks.push(...holidayRun(`${y}-10-01`, 7, '国庆节'));
  // One date once: a 调休 day falling on another holiday's day stays a holiday.
  const byDate = new Map<string, Mark>();
  for (const m of marks) if (!byDate.has(m.date) || m.kind === 'holiday') byDate.set(m.date, m);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function makeHolidays(ctx: DemoContext): Mark[] {
  const ids = ctx.random.fork('holidays');
  const first = Number(ctx.start.slice(0, 4));
  const last = Number(ctx.today.slice(0, 4)) + 1;
  const all: Mark[] = [];
  for (let year = first; year <= last; year++) {
    // Typed in when the State Council's notice comes out, late in the year before (or on the first day of history).
    const entered = year === first ? ctx.start : `${String(year - 1)}-12-0${String(1 + (year % 5))}`;
    const on = entered < ctx.start ? ctx.start : entered;
    if (on > ctx.today) continue;
    for (const mark of holidaysOf(year)) {
      const record: Holiday = { id: ids.uuid(), ...timestamps(on, 15, 10), ...mark };
      ctx.plan.core('holidays', on, record);
      all.push(mark);
    }
  }
  return all;
}

/**
 * Every month up to the current one is published on the 25th of the month
 * before (or the first day of history); about one in four changes later
 * (a sick carer's shift covered), raising it to version 2.
 */
export function publishRosterMonths(ctx: DemoContext): number {
  const random = ctx.random.fork('roster-months');
  const manager = demoUserId(ctx.shape.options.seed, 'manager');
  const nurse = ctx.staff.nurses[0]?.name ?? ctx.staff.director.name;
  let count = 0;
  for (let month = ctx.start.slice(0, 7); month <= ctx.today.slice(0, 7);) {
    const monthStart = `${month}-01`;
    const day = addDays(monthStart, -6) < ctx.start ? ctx.start : addDays(monthStart, -6);
    const changed = month < ctx.today.slice(0, 7) && random.chance(0.25);
    const changeDay = addDays(monthStart, 9 + random.int(0, 10));
    const record: RosterMonth = {
      id: ctx.ids.uuid(),
      createdAt: stamp(day, 16, 30),
      updatedAt: stamp(changed && changeDay <= ctx.today ? changeDay : day, 16, 30),
      month,
      version: changed && changeDay <= ctx.today ? 2 : 1,
      publishedAt: stamp(day, 16, 30),
      publishedBy: manager,
      preparedBy: nurse,
      approvedBy: ctx.staff.director.name,
      lastChange:
        changed && changeDay <= ctx.today
          ? { at: stamp(changeDay, 7, 40), by: manager, byName: nurse, note: '护理员病假，当班顶替' }
          : null,
    };
    // Filed on the later day, so the record in the batch is the month's state after its change.
    ctx.plan.core('rosterMonths', record.version === 2 ? changeDay : day, record);
    count += 1;
    month = addDays(`${month}-28`, 7).slice(0, 7);
  }
  return count;
}
