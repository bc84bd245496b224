/** Paths of the beds and stays pages, so the board, the elder's page and the menu cannot drift apart. */
const query = (params: Record<string, string | undefined>): string => {
  const entries = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
};

export const bedsPaths = {
  /** The bed board; `date` shows who lay where on a past day (today when absent). */
  board: (date?: string) => `/beds${query({ date })}`,
  /** Buildings, rooms and beds: set up in bulk, rooms edited, beds closed and reopened. */
  setup: '/beds/setup',
  /** Who lay in one bed, oldest first. */
  bed: (bedId: string) => `/beds/bed/${bedId}`,
  /** The admission form; opened from a free bed of the board, from an elder's page, or bare. */
  admit: (from: { personId?: string; bedId?: string; date?: string } = {}) => `/beds/admit${query(from)}`,
  /** 转床, leave or hospital out, back, discharge and 病危 of one resident. */
  move: (personId: string) => `/beds/residents/${personId}/move`,
  leaveOut: (personId: string) => `/beds/residents/${personId}/leave`,
  leaveBack: (personId: string, leaveId: string) => `/beds/residents/${personId}/leave/${leaveId}/back`,
  discharge: (personId: string) => `/beds/residents/${personId}/discharge`,
  critical: (personId: string) => `/beds/residents/${personId}/critical`,
  /** Paper pages, outside the frame. */
  printBedList: (date: string) => `/print/beds/list${query({ date })}`,
  printAdmission: (stayId: string) => `/print/beds/admission/${stayId}`,
  printBelongings: (stayId: string) => `/print/beds/belongings/${stayId}`,
} as const;
