import type { AbilityLevel } from '../../../../../shared/domain/ability';
import type { BoardView } from '../../../../../shared/ipc/beds';
import type { SexValue } from '../../../../../shared/schema';

export type BedListStatus = 'inHouse' | 'leave' | 'hospital' | 'free' | 'closed';

export interface BedListRow {
  bedId: string;
  room: string;
  /** The room's name only on its first bed, so the paper reads like the hand-written list. */
  firstOfRoom: boolean;
  /** How many beds the room has, for the row span of its first row. */
  roomBeds: number;
  bed: string;
  name: string | null;
  sex: SexValue | null;
  age: number | null;
  level: AbilityLevel | null;
  status: BedListStatus;
  admittedOn: string | null;
}

export interface BedListGroup {
  key: string;
  building: string;
  floor: number;
  rows: BedListRow[];
}

/** The board of a day as the printed list: one group per building and floor, a row per bed, rooms in order. */
export function bedListGroups(view: BoardView): BedListGroup[] {
  return view.buildings.flatMap((building) =>
    building.floors.map((floor) => ({
      key: `${building.id}-${floor.floor}`,
      building: building.name,
      floor: floor.floor,
      rows: floor.rooms.flatMap((room) =>
        room.beds.map((bed, index): BedListRow => {
          const occupant = bed.occupant;
          return {
            bedId: bed.id,
            room: room.name,
            firstOfRoom: index === 0,
            roomBeds: room.beds.length,
            bed: bed.label,
            name: occupant?.name ?? null,
            sex: occupant?.sex ?? null,
            age: occupant?.age ?? null,
            level: occupant?.abilityLevel ?? null,
            status: occupant ? occupant.status : bed.state === 'closed' ? 'closed' : 'free',
            admittedOn: occupant?.admittedOn ?? null,
          };
        }),
      ),
    })),
  );
}
