import type { Enrollment, Person } from '../../../shared/schema';
import { timestamps, type DemoContext } from './context';
import { addDays, daysBetween } from './dates';
import { deceased, type Elder } from './elders';
import type { Random } from './random';

export interface Membership {
  elder: Elder;
  from: string;
  /** Last day served; null while still enrolled. */
  to: string | null;
}

/**
 * `slots` places that are each filled, left and re-filled over the window:
 * used for day-care members and home-service clients. When a membership ends
 * in a death the person is recorded as deceased on that day.
 */
export function memberships(
  ctx: DemoContext,
  random: Random,
  slots: number,
  meanDays: number,
  deathShare: number,
  service: Enrollment['service'],
  newElder: (startDay: string) => Elder,
): Membership[] {
  const out: Membership[] = [];
  for (let slot = 0; slot < slots; slot++) {
    let from = random.chance(0.8)
      ? addDays(ctx.start, -random.int(10, 900))
      : addDays(ctx.start, random.int(0, 90));
    let length = Math.round(-Math.log(1 - random.next()) * meanDays) + 30;
    // Members enrolled before the window must still be there when it opens.
    if (addDays(from, length) < ctx.start) length = daysBetween(from, ctx.start) + random.int(60, 400);
    while (from <= ctx.today) {
      const end = addDays(from, length);
      const open = end > ctx.today;
      const elder = newElder(from);
      ctx.plan.core('people', from, elder.person);
      const enrollment: Enrollment = {
        id: ctx.ids.uuid(),
        ...timestamps(from, 9, 30),
        personId: elder.person.id,
        service,
        from,
        to: null,
      };
      ctx.plan.core('enrollments', from, enrollment);
      if (!open) {
        ctx.plan.core('enrollments', end, {
          ...enrollment,
          ...timestamps(end, 17),
          createdAt: enrollment.createdAt,
          to: end,
        });
        if (random.chance(deathShare))
          ctx.plan.core('people', end, deceased(elder.person, end) satisfies Person);
      }
      out.push({ elder, from, to: open ? null : end });
      if (open) break;
      from = addDays(end, random.int(5, 40));
      length = Math.round(-Math.log(1 - random.next()) * meanDays) + 30;
    }
  }
  return out;
}
