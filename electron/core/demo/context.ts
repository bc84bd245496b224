import type { Staff } from '../../../shared/schema';
import { at } from './dates';
import type { DemoShape } from './options';
import { PlanBuilder } from './plan';
import { createRandom, type Random } from './random';
import { periodOf } from './dates';

/** Everything the parts of the generator share while they build one center. */
export interface DemoContext {
  shape: DemoShape;
  today: string;
  start: string;
  plan: PlanBuilder;
  /** Root stream; each part forks its own so that parts do not disturb each other. */
  random: Random;
  ids: Random;
  idNumbers: Set<string>;
  staff: StaffRoster;
}

export interface StaffRoster {
  director: Staff;
  nurses: Staff[];
  carers: Staff[];
  socialWorkers: Staff[];
  doctor: Staff;
  cooks: Staff[];
  driver: Staff;
  all: Staff[];
}

export function createContext(shape: DemoShape): Omit<DemoContext, 'staff'> {
  const random = createRandom(shape.options.seed);
  return {
    shape,
    today: shape.options.today,
    start: shape.historyStart,
    plan: new PlanBuilder(periodOf(shape.historyStart)),
    random,
    ids: random.fork('ids'),
    idNumbers: new Set(),
  };
}

/** Record timestamps follow the record's own date, so the same seed always gives the same files. */
export function stamp(day: string, hour = 9, minute = 0): string {
  return at(day, hour, minute);
}

export function timestamps(day: string, hour = 9, minute = 0): { createdAt: string; updatedAt: string } {
  const value = stamp(day, hour, minute);
  return { createdAt: value, updatedAt: value };
}
