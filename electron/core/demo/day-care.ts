import type { Attendance } from '../../../shared/schema';
import type { CategoryCode } from '../../../shared/domain/categories';
import { planServiceAssessments } from './elder-assessments';
import { timestamps, type DemoContext } from './context';
import { addDays, isWorkingDay } from './dates';
import { memberships } from './memberships';
import { categoryFlags, makeElder } from './elders';

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Day-care members (日间照料): enrolled over date ranges, checked in on most
 * working days with lunch, some with breakfast and transport. Today's visit
 * is checked in but not yet out.
 */
export function generateDayCare(ctx: DemoContext): number {
  const random = ctx.random.fork('dayCare');
  const members = memberships(ctx, random, ctx.shape.options.members, 700, 0.1, 'dayCare', (startDay) => {
    const main = random.weighted<CategoryCode>([
      ['ordinary', 45],
      ['minimumLiving', 20],
      ['emptyNest', 20],
      ['leftBehind', 15],
    ]);
    return makeElder(ctx, random, {
      startDay,
      frailty: 0.12,
      categories: (birth) =>
        categoryFlags(random, main, addDays(startDay, -random.int(0, 400)), ctx.today, birth, {
          frail: false,
        }),
      living:
        main === 'leftBehind'
          ? 'leftBehind'
          : main === 'emptyNest'
            ? 'emptyNest'
            : random.pick(['withSpouse', 'withChildren', 'alone'] as const),
    });
  });
  let count = 0;
  for (const m of members) {
    const { person } = m.elder;
    const last = m.to ?? ctx.today;
    planServiceAssessments(ctx, random, m.elder, m.from, last);
    const transport = random.weighted<Attendance['transport']>([
      ['none', 5],
      ['both', 3],
      ['pickUp', 1],
      ['dropOff', 1],
    ]);
    const breakfast = random.chance(0.4);
    const from = m.from > ctx.start ? m.from : ctx.start;
    for (let day = from; day <= last; day = addDays(day, 1)) {
      if (!isWorkingDay(day) || !random.chance(0.86)) continue;
      const isToday = day === ctx.today;
      const record: Attendance = {
        id: ctx.ids.uuid(),
        ...timestamps(day, 8, random.int(0, 59)),
        personId: person.id,
        date: day,
        checkIn: clock(random.int(7, 8), random.int(0, 59)),
        checkOut: isToday ? null : clock(random.int(15, 17), random.int(0, 59)),
        meals: { breakfast, lunch: true, dinner: random.chance(0.08) },
        transport,
      };
      ctx.plan.shard('attendance', record);
      count += 1;
    }
  }
  return count;
}
