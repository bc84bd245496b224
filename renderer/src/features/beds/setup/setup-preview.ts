/**
 * What a bulk setup will create, worked out the way the core names rooms and
 * beds ("101", "101-1"), so the clerk sees "20 rooms, 40 beds: 101-1 … 120-2"
 * before saving. Null while the numbers are missing or out of range.
 */
export interface SetupPreview {
  rooms: number;
  beds: number;
  firstBed: string;
  lastBed: string;
}

export function setupPreview(input: {
  firstRoom: number | null | undefined;
  lastRoom: number | null | undefined;
  bedsPerRoom: number | null | undefined;
  maxRooms: number;
}): SetupPreview | null {
  const { firstRoom, lastRoom, bedsPerRoom, maxRooms } = input;
  if (!isCount(firstRoom) || !isCount(lastRoom) || !isCount(bedsPerRoom)) return null;
  if (lastRoom < firstRoom || lastRoom - firstRoom + 1 > maxRooms || bedsPerRoom > 12) return null;
  const rooms = lastRoom - firstRoom + 1;
  return {
    rooms,
    beds: rooms * bedsPerRoom,
    firstBed: `${firstRoom}-1`,
    lastBed: `${lastRoom}-${bedsPerRoom}`,
  };
}

function isCount(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
