/** Every occupied bed at the census of one day, as `care occupancy` prints it. */
import { occupancyOn, type OccupancyStatus } from '../../../shared/domain/census';
import type { CoreDoc } from '../../../shared/schema';
import { Places, compareNames } from './places';

export interface OccupancyRow {
  bedId: string;
  bedLabel: string;
  roomName: string;
  buildingName: string;
  personId: string;
  personName: string;
  status: OccupancyStatus;
}

export function occupancyRows(core: Readonly<CoreDoc>, day: string): OccupancyRow[] {
  const places = new Places(core);
  const names = new Map(core.people.map((p) => [p.id, p.name]));
  const rows: OccupancyRow[] = [];
  for (const o of occupancyOn(core, day).values()) {
    const place = places.of(o.bedId);
    rows.push({
      bedId: o.bedId,
      bedLabel: place?.bedLabel ?? o.bedId,
      roomName: place?.roomName ?? '',
      buildingName: place?.buildingName ?? '',
      personId: o.personId,
      personName: names.get(o.personId) ?? o.personId,
      status: o.status,
    });
  }
  return rows.sort(
    (a, b) =>
      compareNames(a.buildingName, b.buildingName) ||
      compareNames(a.roomName, b.roomName) ||
      compareNames(a.bedLabel, b.bedLabel),
  );
}
