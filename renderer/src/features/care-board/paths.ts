/**
 * Paths of the 24-hour board and of the pages it links to. The rounds,
 * handovers and incidents pages belong to other features; their paths are
 * the agreed strings, written here once so the board's links cannot drift.
 */
const query = (params: Record<string, string>): string => `?${new URLSearchParams(params).toString()}`;

export const careBoardPaths = {
  /** The board is the home page of every signed-in role. */
  board: '/',
  /** The board summary on one A4 sheet. */
  print: '/print/care-board',
  recordRound: (slot: { area: string; date: string; time: string }) =>
    `/rounds/new${query({ area: slot.area, date: slot.date, time: slot.time })}`,
  rounds: (date: string) => `/rounds${query({ date })}`,
  patrols: '/rounds/patrols',
  recordPatrol: '/rounds/patrols/new',
  handovers: '/handovers',
  handoverShift: (h: { date: string; shiftCode: string; area: string }) =>
    `/handovers/shift${query({ date: h.date, shift: h.shiftCode, area: h.area })}`,
  handover: (h: { id: string; date: string }) => `/handovers/${h.id}${query({ date: h.date })}`,
  incidents: (ids?: readonly string[]) =>
    ids && ids.length > 0 ? `/incidents${query({ ids: ids.join(',') })}` : '/incidents',
  incident: (i: { id: string; date: string }) => `/incidents/${i.id}${query({ date: i.date })}`,
} as const;
