/** Paths of the rounds pages, so the day list, the board and the settings link cannot drift apart. */
const query = (params: Record<string, string | undefined>): string => {
  const entries = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
};

export interface RoundTarget {
  area: string;
  date: string;
  time: string;
}

export const roundsPaths = {
  /** The rounds of one day (today when absent). */
  day: (date?: string) => `/rounds${query({ date })}`,
  /** Record a round of one area at one time (now when absent). */
  record: (target: Partial<RoundTarget> = {}) =>
    `/rounds/new${query({ area: target.area, date: target.date, time: target.time })}`,
  patrols: (date?: string) => `/rounds/patrols${query({ date })}`,
  /** Record a fire patrol; `date` and `time` for one made earlier (now when absent). */
  recordPatrol: (at: { date?: string; time?: string } = {}) => `/rounds/patrols/new${query(at)}`,
  plan: '/rounds/plan',
  /** The paper round sheet: the recorded marks when a round was made then, else blank to fill by hand. */
  printSheet: (target: Partial<RoundTarget> = {}) =>
    `/print/rounds/sheet${query({ area: target.area, date: target.date, time: target.time })}`,
} as const;
