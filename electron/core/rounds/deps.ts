import { toIsoDate } from '../../../shared/domain/dates';
import type { CareStore } from '../care-store';

/** What the rounds, handovers, incidents and board services use. */
export interface CareDeps {
  store: () => CareStore;
  actor: string;
  now: () => Date;
  /** The signed-in user's staff record, when the account is linked to one. */
  staffId: () => string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local date, minute and instant of now. */
export function localNow(deps: Pick<CareDeps, 'now'>): {
  date: string;
  time: string;
  stamp: string;
  at: string;
} {
  const now = deps.now();
  const date = toIsoDate(now);
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return { date, time, stamp: `${date}T${time}`, at: now.toISOString() };
}

/** Builds the services' dependencies from the handler context. */
export function careDeps(ctx: {
  store: () => CareStore;
  readonly actor: string;
  now: () => Date;
  auth: { currentUser(): { id: string } | null };
}): CareDeps {
  return {
    store: ctx.store,
    get actor() {
      return ctx.actor;
    },
    now: ctx.now,
    staffId: () => {
      const user = ctx.auth.currentUser();
      return user ? (ctx.store().core.staff.find((s) => s.userId === user.id)?.id ?? null) : null;
    },
  };
}
