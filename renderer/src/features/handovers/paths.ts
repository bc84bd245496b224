/** Paths of the handover pages, as agreed with the care board and the other care screens. */
const query = (params: Record<string, string | undefined>): string => {
  const entries = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
};

export interface HandoverKeyParams {
  date: string;
  shiftCode: string;
  /** The round plan's area; '' is the whole center. */
  area: string;
}

export const handoversPaths = {
  /** The handovers of a date range (the last seven days when absent) and today's shifts. */
  list: (range: { from?: string; to?: string } = {}) => `/handovers${query(range)}`,
  /** Compile, edit and sign one shift's handover. */
  shift: (key: HandoverKeyParams) =>
    `/handovers/shift${query({ date: key.date, shift: key.shiftCode, area: key.area === '' ? undefined : key.area })}`,
  /** A saved handover, read-only, with its signatures and addenda; `date` files it under its month. */
  view: (id: string, date?: string) => `/handovers/${encodeURIComponent(id)}${query({ date })}`,
  /** The 交接班记录 on paper, outside the frame. */
  print: (id: string, date?: string) => `/print/handovers/${encodeURIComponent(id)}${query({ date })}`,
} as const;
