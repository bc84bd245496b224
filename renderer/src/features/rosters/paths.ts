/** Paths of the roster pages, so the grid, the print and the menu cannot drift apart. */
const query = (params: Record<string, string | number | undefined>): string => {
  const entries = Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]));
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
};

export interface PeriodQuery {
  month?: string;
  week?: string;
  areas?: string;
}

export const rostersPaths = {
  /** The grid of a month (`month=YYYY-MM`) or a week (`week=` any date of it); this month when bare. */
  grid: (period: PeriodQuery = {}) => `/rosters${query({ ...period })}`,
  /** The center's holidays and 调休 working days of one year. */
  holidays: (year?: number) => `/rosters/holidays${query({ year })}`,
  /** The limits the roster warns about and the posts counted for cover. */
  rules: '/rosters/rules',
  /** The paper roster: A4 landscape. */
  print: (period: PeriodQuery) => `/print/rosters${query({ ...period })}`,
} as const;
