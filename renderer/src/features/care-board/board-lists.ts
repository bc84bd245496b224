/**
 * The lists behind the board's numbers. The board view carries ids; the
 * names, beds and dates come from the view's own rows where it has them
 * (risks, incidents) and otherwise from today's bed board, read once and
 * indexed here. Pure, so what a number opens is unit-tested.
 */
import type { BoardIncident, CareBoardView, IdList } from '../../../../shared/ipc/board';
import type { OccupancyStatus } from '../../../../shared/domain/census';
import type { RiskCode } from '../../../../shared/domain/risk';
import type { BoardLeave, BoardView } from '../../../../shared/ipc/beds';
import type { BedClosure } from '../../../../shared/schema';

/** The numbers that open a list, by the view's field. */
export const LIST_KEYS = [
  'inRegister',
  'inHouse',
  'onLeave',
  'inHospital',
  'freeBeds',
  'closedBeds',
  'critical',
  'highRisk',
  'overdueReturns',
  'openIncidents',
] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** What the ids of each list are. */
export const LIST_KIND = {
  inRegister: 'person',
  inHouse: 'person',
  onLeave: 'person',
  inHospital: 'person',
  critical: 'person',
  highRisk: 'person',
  overdueReturns: 'leave',
  freeBeds: 'bed',
  closedBeds: 'bed',
  openIncidents: 'incident',
} as const satisfies Record<ListKey, 'person' | 'leave' | 'bed' | 'incident'>;

/** Where a bed is: "1号楼 101-1". */
export interface Place {
  building: string;
  room: string;
  bed: string;
}

export interface PersonPlace {
  name: string;
  place: Place;
  admittedOn: string;
  status: OccupancyStatus;
  leave: BoardLeave | null;
}

export interface BedPlace {
  place: Place;
  closure: BedClosure | null;
}

export interface PlaceIndex {
  people: Map<string, PersonPlace>;
  /** Leave id → person id. */
  leaves: Map<string, string>;
  beds: Map<string, BedPlace>;
}

/** Today's bed board by person, leave and bed id. */
export function indexBedBoard(board: BoardView | undefined): PlaceIndex {
  const index: PlaceIndex = { people: new Map(), leaves: new Map(), beds: new Map() };
  for (const building of board?.buildings ?? [])
    for (const floor of building.floors)
      for (const room of floor.rooms)
        for (const bed of room.beds) {
          const place = { building: building.name, room: room.name, bed: bed.label };
          index.beds.set(bed.id, { place, closure: bed.closure });
          const o = bed.occupant;
          if (!o) continue;
          index.people.set(o.personId, {
            name: o.name,
            place,
            admittedOn: o.admittedOn,
            status: o.status,
            leave: o.leave,
          });
          if (o.leave) index.leaves.set(o.leave.id, o.personId);
        }
  return index;
}

export type ListRow =
  | {
      kind: 'person';
      key: string;
      personId: string;
      /** null: neither the view nor the bed board knows it; the screen asks for the elder. */
      name: string | null;
      place: Place | null;
      /** Admitted on, or away since (leave and hospital). */
      since: string | null;
      leave: BoardLeave | null;
      /** Extra words from the view (the high risks). */
      risks: readonly RiskCode[];
    }
  | { kind: 'bed'; key: string; bedId: string; place: Place | null; closure: BedClosure | null }
  | { kind: 'incident'; key: string; incident: BoardIncident };

function personRow(
  id: string,
  index: PlaceIndex,
  known: { name?: string; risks?: readonly RiskCode[] },
): ListRow {
  const found = index.people.get(id);
  const away = found?.leave ?? null;
  return {
    kind: 'person',
    key: id,
    personId: id,
    name: known.name ?? found?.name ?? null,
    place: found?.place ?? null,
    since: away ? away.from : (found?.admittedOn ?? null),
    leave: away,
    risks: known.risks ?? [],
  };
}

const idsOf = (view: CareBoardView, key: ListKey): IdList => view[key];

/** The rows behind one number, in the order of the view's ids. */
export function listRows(view: CareBoardView, key: ListKey, index: PlaceIndex): ListRow[] {
  const { ids } = idsOf(view, key);
  switch (LIST_KIND[key]) {
    case 'person': {
      const risks = new Map(view.highRisks.map((r) => [r.personId, r]));
      return ids.map((id) => {
        const risk = risks.get(id);
        return personRow(id, index, key === 'highRisk' && risk ? { name: risk.name, risks: risk.risks } : {});
      });
    }
    case 'leave':
      return ids.map((leaveId) => {
        const personId = index.leaves.get(leaveId);
        // A leave the bed board does not hold (ended meanwhile): a row without a person, never a wrong one.
        if (personId === undefined)
          return {
            kind: 'person',
            key: leaveId,
            personId: '',
            name: null,
            place: null,
            since: null,
            leave: null,
            risks: [],
          };
        return { ...personRow(personId, index, {}), key: leaveId };
      });
    case 'bed':
      return ids.map((bedId) => {
        const bed = index.beds.get(bedId);
        return { kind: 'bed', key: bedId, bedId, place: bed?.place ?? null, closure: bed?.closure ?? null };
      });
    case 'incident': {
      const byId = new Map(view.incidents.map((i) => [i.id, i]));
      return ids.flatMap((id) => {
        const incident = byId.get(id);
        return incident ? [{ kind: 'incident' as const, key: id, incident }] : [];
      });
    }
  }
}
