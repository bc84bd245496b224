/**
 * Buildings, rooms and beds: set up in bulk ("rooms 101-120, 2 beds each"),
 * rooms edited, beds closed and reopened as dated rows. A closure is refused
 * while anybody holds the bed on one of its days.
 */
import { CareError } from '../../../shared/errors';
import { spanCovers } from '../../../shared/domain/census';
import type {
  CloseBedSchema,
  FacilityView,
  ReopenBedSchema,
  SetupRoomsResult,
  SetupRoomsSchema,
  UpdateRoomSchema,
} from '../../../shared/ipc/beds';
import type { Bed, Building, Room } from '../../../shared/schema';
import { newId } from '../../../shared/schema/common';
import type { z } from 'zod';
import { ResidenceChange } from './changes';
import { clock, type BedsDeps } from './deps';

export function facility(deps: BedsDeps): FacilityView {
  const { buildings, rooms, beds } = deps.store().core;
  return { buildings: [...buildings], rooms: [...rooms], beds: [...beds] };
}

export function findBed(beds: readonly Bed[], id: string): Bed {
  const bed = beds.find((b) => b.id === id);
  if (!bed) throw new CareError('beds.bedNotFound', { id });
  return bed;
}

export async function setupRooms(
  deps: BedsDeps,
  input: z.output<typeof SetupRoomsSchema>,
): Promise<SetupRoomsResult> {
  const { at } = clock(deps);
  const summary = `${input.building} ${input.firstRoom}-${input.lastRoom} × ${input.bedsPerRoom}`;
  return deps.store().mutate({ actor: deps.actor, action: 'beds.setupRooms', summary }, (tx) => {
    const existing = tx.core.buildings.find((b) => b.name === input.building);
    const building: Building = existing ?? {
      id: newId(),
      createdAt: at,
      updatedAt: at,
      name: input.building,
    };
    if (!existing) tx.put('core', 'buildings', building);
    const taken = new Set(tx.core.rooms.filter((r) => r.buildingId === building.id).map((r) => r.name));
    let order = tx.core.beds.reduce((max, b) => Math.max(max, (b.sortOrder ?? 0) + 1), 0);
    const rooms: Room[] = [];
    const beds: Bed[] = [];
    for (let n = input.firstRoom; n <= input.lastRoom; n++) {
      const name = String(n);
      if (taken.has(name)) throw new CareError('beds.roomExists', { room: name, building: building.name });
      const room: Room = {
        id: newId(),
        createdAt: at,
        updatedAt: at,
        buildingId: building.id,
        name,
        floor: input.floor,
        ...(input.roomSex ? { sex: input.roomSex } : {}),
      };
      tx.put('core', 'rooms', room);
      rooms.push(room);
      for (let i = 1; i <= input.bedsPerRoom; i++) {
        const bed: Bed = {
          id: newId(),
          createdAt: at,
          updatedAt: at,
          roomId: room.id,
          label: `${name}-${i}`,
          type: input.bedType,
          inServiceFrom: input.inServiceFrom,
          closures: [],
          sortOrder: order++,
        };
        tx.put('core', 'beds', bed);
        beds.push(bed);
      }
    }
    return { building, rooms, beds };
  });
}

export async function updateRoom(deps: BedsDeps, input: z.output<typeof UpdateRoomSchema>): Promise<Room> {
  const { at } = clock(deps);
  return deps.store().mutate({ actor: deps.actor, action: 'beds.updateRoom', summary: input.name }, (tx) => {
    const room = tx.core.rooms.find((r) => r.id === input.roomId);
    if (!room) throw new CareError('beds.roomNotFound', { id: input.roomId });
    const clash = tx.core.rooms.find(
      (r) => r.id !== room.id && r.buildingId === room.buildingId && r.name === input.name,
    );
    if (clash) {
      const building = tx.core.buildings.find((b) => b.id === room.buildingId)?.name ?? '';
      throw new CareError('beds.roomExists', { room: input.name, building });
    }
    const { sex: _sex, notes: _notes, ...rest } = room;
    const next: Room = {
      ...rest,
      name: input.name,
      floor: input.floor,
      ...(input.sex ? { sex: input.sex } : {}),
      ...(input.notes ? { notes: input.notes } : {}),
      updatedAt: at,
    };
    tx.put('core', 'rooms', next);
    return next;
  });
}

export async function closeBed(deps: BedsDeps, input: z.output<typeof CloseBedSchema>): Promise<Bed> {
  const { at } = clock(deps);
  const label = deps.store().core.beds.find((b) => b.id === input.bedId)?.label ?? input.bedId;
  return deps
    .store()
    .mutate({ actor: deps.actor, action: 'beds.closeBed', summary: `${label} ${input.from}` }, (tx) => {
      const bed = findBed(tx.core.beds, input.bedId);
      if (input.from < bed.inServiceFrom)
        throw new CareError('beds.beforeInService', { bed: bed.label, date: bed.inServiceFrom });
      const span = { from: input.from, until: input.to };
      const clash = bed.closures.find(
        (c) => (c.to === null || span.from < c.to) && (span.until === null || c.from < span.until),
      );
      if (clash) throw new CareError('beds.alreadyClosed', { bed: bed.label, date: clash.from });
      const closure = {
        from: input.from,
        to: input.to,
        reason: input.reason,
        ...(input.notes ? { notes: input.notes } : {}),
      };
      const closures = [...bed.closures, closure].sort((a, b) => a.from.localeCompare(b.from));
      const next: Bed = { ...bed, closures, updatedAt: at };
      const change = new ResidenceChange(tx.core);
      change.put('beds', next);
      change.assertValid();
      change.commit(tx);
      return next;
    });
}

export async function reopenBed(deps: BedsDeps, input: z.output<typeof ReopenBedSchema>): Promise<Bed> {
  const { at } = clock(deps);
  const label = deps.store().core.beds.find((b) => b.id === input.bedId)?.label ?? input.bedId;
  return deps
    .store()
    .mutate({ actor: deps.actor, action: 'beds.reopenBed', summary: `${label} ${input.on}` }, (tx) => {
      const bed = findBed(tx.core.beds, input.bedId);
      // The closure that still holds the day before reopening: the bed is back from `on`.
      const index = bed.closures.findIndex(
        (c) => c.from < input.on && spanCovers({ from: c.from, until: c.to }, input.on),
      );
      if (index < 0) throw new CareError('beds.notClosed', { bed: bed.label, date: input.on });
      const closures = bed.closures.map((c, i) => (i === index ? { ...c, to: input.on } : c));
      const next: Bed = { ...bed, closures, updatedAt: at };
      tx.put('core', 'beds', next);
      return next;
    });
}
