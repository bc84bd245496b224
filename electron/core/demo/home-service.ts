import type { CategoryCode } from '../../../shared/domain/categories';
import type { Visit, VisitServiceType } from '../../../shared/schema';
import { planServiceAssessments } from './elder-assessments';
import { timestamps, type DemoContext } from './context';
import { addDays, periodOf } from './dates';
import { memberships } from './memberships';
import { categoryFlags, makeElder } from './elders';
import type { Random } from './random';

/** Visits a month per service a client has, and how long one visit takes. */
const SERVICES: Record<VisitServiceType, { perMonth: number; minutes: [number, number]; note: string }> = {
  welfareVisit: { perMonth: 2, minutes: [20, 45], note: '上门探访，了解身体和生活情况，精神状态良好' },
  meals: { perMonth: 8, minutes: [10, 20], note: '送餐上门，午餐已送达' },
  cleaning: { perMonth: 2, minutes: [60, 120], note: '打扫室内卫生，清洗衣物' },
  bathing: { perMonth: 2, minutes: [40, 70], note: '协助洗澡，检查皮肤无破损' },
  medical: { perMonth: 1, minutes: [30, 60], note: '测量血压血糖，协助购药，提醒按时服药' },
  walking: { perMonth: 2, minutes: [30, 60], note: '陪同外出散步和赶集' },
  rehab: { perMonth: 4, minutes: [40, 60], note: '指导肢体康复训练' },
};

function monthDays(random: Random, period: string, count: number): string[] {
  const days = new Set<string>();
  for (let i = 0; i < count; i++) days.add(`${period}-${String(random.int(1, 28)).padStart(2, '0')}`);
  return [...days].sort();
}

/**
 * Home-service clients (居家上门服务): mostly 特困分散供养, empty-nest and
 * left-behind elders, each with a welfare visit twice a month and one or two
 * other services.
 */
export function generateHomeService(ctx: DemoContext): number {
  const random = ctx.random.fork('homeService');
  const clients = memberships(ctx, random, ctx.shape.homeClients, 900, 0.3, 'homeService', (startDay) => {
    const main = random.weighted<CategoryCode>([
      ['extremePoorDispersed', 35],
      ['minimumLiving', 20],
      ['nearMinimumLiving', 10],
      ['emptyNest', 20],
      ['leftBehind', 15],
    ]);
    return makeElder(ctx, random, {
      startDay,
      frailty: 0.35,
      categories: (birth) =>
        categoryFlags(random, main, addDays(startDay, -random.int(0, 900)), ctx.today, birth, {
          frail: random.chance(0.3),
        }),
      living: main === 'leftBehind' ? 'leftBehind' : main === 'emptyNest' ? 'emptyNest' : 'alone',
    });
  });
  const visitors = [...ctx.staff.carers, ...ctx.staff.socialWorkers];
  let count = 0;
  for (const client of clients) {
    const { person } = client.elder;
    const last = client.to ?? ctx.today;
    planServiceAssessments(ctx, random, client.elder, client.from, last);
    const extra = random.chance(0.5) ? 2 : 1;
    const others = (['meals', 'cleaning', 'bathing', 'medical', 'walking', 'rehab'] as const)
      .filter(() => random.chance(0.35))
      .slice(0, extra);
    const services: VisitServiceType[] = ['welfareVisit', ...others];
    const regular = random.pick(visitors);
    const first = client.from > ctx.start ? client.from : ctx.start;
    for (
      let period = periodOf(first);
      period <= periodOf(last);
      period = periodOf(addDays(`${period}-28`, 5))
    ) {
      for (const type of services) {
        const spec = SERVICES[type];
        for (const day of monthDays(random, period, spec.perMonth)) {
          if (day < first || day > last) continue;
          const staffIds = random.chance(0.8) ? [regular.id] : [random.pick(visitors).id];
          if (type === 'bathing' && staffIds[0] !== undefined) {
            const helper = random.pick(visitors).id;
            if (helper !== staffIds[0]) staffIds.push(helper);
          }
          const visit: Visit = {
            id: ctx.ids.uuid(),
            ...timestamps(day, random.int(9, 16), random.int(0, 59)),
            personId: person.id,
            date: day,
            serviceType: type,
            staffIds,
            durationMinutes: random.int(spec.minutes[0], spec.minutes[1]),
            notes: spec.note,
          };
          ctx.plan.shard('visits', visit);
          count += 1;
        }
      }
    }
  }
  return count;
}
