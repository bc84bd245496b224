import { addYears } from './dates';

/** What `care seed-demo` accepts; everything the generator does follows from these. */
export interface DemoOptions {
  seed: number;
  /** Years of history before `today`. */
  years: number;
  /** Residential beds. */
  beds: number;
  /** Day-care members at any one time. */
  members: number;
  /** The day taken as today, 'YYYY-MM-DD'. */
  today: string;
}

export const DEMO_DEFAULTS = { seed: 1, years: 3, beds: 60 } as const;

/** A township center has roughly one day-care place per three residential beds. */
export function defaultMembers(beds: number): number {
  return Math.max(4, Math.round(beds / 3));
}

/** Derived sizes, in one place so the parts of the generator agree. */
export interface DemoShape {
  options: DemoOptions;
  historyStart: string;
  /** Home-service clients at any one time. */
  homeClients: number;
  /** Care workers on the payroll. */
  carers: number;
}

export function demoShape(options: DemoOptions): DemoShape {
  return {
    options,
    historyStart: addYears(options.today, -options.years),
    homeClients: Math.max(6, Math.round(options.beds / 2)),
    carers: Math.max(4, Math.ceil(options.beds / 6)),
  };
}
