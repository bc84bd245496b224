/**
 * The round plan form's values and its pure edits: places as the options of
 * one picker ("1号楼" or "1号楼 2层"), the checklist moved line by line.
 */
import type { RoundPlanArea } from '../../../../../shared/schema/settings';

export interface PlaceOption {
  value: string;
  label: string;
}

/** A place as the picker's value: `building|floor`, `building|*` for the whole building. */
export function placeKey(place: { buildingId: string; floor: number | null }): string {
  return `${place.buildingId}|${place.floor === null ? '*' : String(place.floor)}`;
}

export function placeOfKey(key: string): { buildingId: string; floor: number | null } {
  const cut = key.lastIndexOf('|');
  const floor = key.slice(cut + 1);
  return { buildingId: key.slice(0, cut), floor: floor === '*' ? null : Number(floor) };
}

/** Every building, and each floor of it that has rooms, for the area's places. */
export function placeOptions(
  buildings: readonly { id: string; name: string }[],
  rooms: readonly { buildingId: string; floor: number }[],
  floorLabel: (building: string, floor: number) => string,
): PlaceOption[] {
  return buildings.flatMap((b) => {
    const floors = [...new Set(rooms.filter((r) => r.buildingId === b.id).map((r) => r.floor))].sort(
      (x, y) => x - y,
    );
    return [
      { value: placeKey({ buildingId: b.id, floor: null }), label: b.name },
      ...floors.map((f) => ({
        value: placeKey({ buildingId: b.id, floor: f }),
        label: floorLabel(b.name, f),
      })),
    ];
  });
}

/** Moves line `index` one place up (-1) or down (+1); the ends stay put. */
export function moveLine<T>(lines: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= lines.length) return [...lines];
  const out = [...lines];
  const [line] = out.splice(index, 1);
  if (line !== undefined) out.splice(to, 0, line);
  return out;
}

export function newArea(name: string): RoundPlanArea {
  return {
    name,
    places: [],
    night: { from: '22:00', to: '06:00', everyHours: 2 },
    dayTimes: [],
    dayEvery: null,
  };
}
