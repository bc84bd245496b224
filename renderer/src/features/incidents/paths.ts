/** Paths of the incident pages, as agreed with the board and the handovers (they link by these strings). */
const query = (params: Record<string, string | undefined>): string => {
  const entries = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
};

export const incidentsPaths = {
  /** Open first, then newest; `ids` shows only those (the board's numbers open their incidents). */
  list: (ids?: readonly string[]) => `/incidents${query({ ids: ids?.join(',') })}`,
  /** The report form; from an elder's page the elder is filled in. */
  report: (personId?: string) => `/incidents/new${query({ personId })}`,
  /** One incident; its date files it under its month, so the page need not search for it. */
  incident: (id: string, date?: string) => `/incidents/${id}${query({ date })}`,
  edit: (id: string, date?: string) => `/incidents/${id}/edit${query({ date })}`,
  /** The paper report, outside the frame. */
  print: (id: string, date?: string) => `/print/incidents/${id}${query({ date })}`,
} as const;
