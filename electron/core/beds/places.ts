import type { BedPlace } from '../../../shared/ipc/beds';
import type { Bed, Building, CoreDoc, Room } from '../../../shared/schema';

/** Looks up where each bed is, once per question. */
export class Places {
  readonly rooms: Map<string, Room>;
  readonly buildings: Map<string, Building>;
  readonly beds: Map<string, Bed>;

  constructor(core: Pick<CoreDoc, 'beds' | 'rooms' | 'buildings'>) {
    this.rooms = new Map(core.rooms.map((r) => [r.id, r]));
    this.buildings = new Map(core.buildings.map((b) => [b.id, b]));
    this.beds = new Map(core.beds.map((b) => [b.id, b]));
  }

  of(bedId: string): BedPlace | null {
    const bed = this.beds.get(bedId);
    if (!bed) return null;
    const room = this.rooms.get(bed.roomId);
    const building = room ? this.buildings.get(room.buildingId) : undefined;
    return { bedId, bedLabel: bed.label, roomName: room?.name ?? '', buildingName: building?.name ?? '' };
  }
}

// One collator for every comparison: `localeCompare` with options builds a new one per call.
const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Room names sort as numbers where they are numbers: 2 before 10, 101 before 1001. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
