/** A quiet board and a bed board to build the care-board tests on. */
import type { CareBoardView } from '../../shared/ipc/board';
import type { BoardOccupant, BoardView } from '../../shared/ipc/beds';
import type { PatrolNight, RoundSlot } from '../../shared/ipc/rounds';

const ids = (...list: string[]) => ({ count: list.length, ids: list });

export const night = (over: Partial<PatrolNight> = {}): PatrolNight => ({
  night: '2026-03-09',
  required: 2,
  done: 2,
  patrolIds: ['t1', 't2'],
  state: 'done',
  ...over,
});

export const slot = (over: Partial<RoundSlot> = {}): RoundSlot => ({
  area: '全院',
  night: '2026-03-09',
  date: '2026-03-09',
  time: '22:00',
  kind: 'night',
  until: '2026-03-10T06:00',
  state: 'missed',
  roundId: null,
  ...over,
});

/** Nothing to raise: everyone in, every round and patrol kept. */
export function quietView(over: Partial<CareBoardView> = {}): CareBoardView {
  return {
    date: '2026-03-10',
    time: '07:00',
    inRegister: ids('p1', 'p2', 'p3'),
    inHouse: ids('p1', 'p2'),
    onLeave: ids('p3'),
    inHospital: ids(),
    critical: ids(),
    highRisk: ids(),
    highRisks: [],
    overdueReturns: ids(),
    freeBeds: ids('b4'),
    closedBeds: ids('b5'),
    admissions: [],
    departures: [],
    rounds: [{ area: '全院', last: null, due: [], missed: [] }],
    patrols: {
      lastNight: night(),
      tonight: night({ night: '2026-03-10', done: 0, patrolIds: [], state: 'open' }),
    },
    openIncidents: ids(),
    incidents: [],
    handovers: [],
    onDuty: { source: 'none', handoverId: null, staff: [], rostered: [] },
    certificates: ids(),
    certificatesDue: [],
    cover: [],
    ...over,
  };
}

const occupant = (over: Partial<BoardOccupant>): BoardOccupant => ({
  personId: 'p1',
  name: '王秀英',
  sex: 'female',
  age: 85,
  abilityLevel: 1,
  highRisks: [],
  stayId: 's1',
  admittedOn: '2025-12-01',
  isNew: false,
  status: 'inHouse',
  leave: null,
  critical: false,
  ...over,
});

/** 101-1 王秀英, 101-2 李福生, 102-1 赵德明 on leave, 102-2 free, 103-1 closed for repair. */
export function bedBoard(): BoardView {
  return {
    date: '2026-03-10',
    totals: {
      beds: 5,
      closed: 1,
      occupied: 3,
      free: 1,
      inRegister: 3,
      inHouse: 2,
      leave: 1,
      hospital: 0,
      critical: 0,
      newAdmissions: 0,
      overdue: 0,
    },
    buildings: [
      {
        id: 'bd1',
        name: '1号楼',
        floors: [
          {
            floor: 1,
            rooms: [
              {
                id: 'r101',
                name: '101',
                floor: 1,
                sex: null,
                beds: [
                  {
                    id: 'b1',
                    label: '101-1',
                    type: 'residential',
                    state: 'occupied',
                    closure: null,
                    occupant: occupant({}),
                  },
                  {
                    id: 'b2',
                    label: '101-2',
                    type: 'residential',
                    state: 'occupied',
                    closure: null,
                    occupant: occupant({
                      personId: 'p2',
                      name: '李福生',
                      sex: 'male',
                      admittedOn: '2026-03-09',
                    }),
                  },
                ],
              },
              {
                id: 'r102',
                name: '102',
                floor: 1,
                sex: null,
                beds: [
                  {
                    id: 'b3',
                    label: '102-1',
                    type: 'residential',
                    state: 'occupied',
                    closure: null,
                    occupant: occupant({
                      personId: 'p3',
                      name: '赵德明',
                      status: 'leave',
                      leave: {
                        id: 'l1',
                        kind: 'leave',
                        from: '2026-03-08',
                        expectedReturn: '2026-03-09',
                        destination: null,
                        mealStop: true,
                        overdue: true,
                      },
                    }),
                  },
                  {
                    id: 'b4',
                    label: '102-2',
                    type: 'residential',
                    state: 'free',
                    closure: null,
                    occupant: null,
                  },
                ],
              },
              {
                id: 'r103',
                name: '103',
                floor: 1,
                sex: null,
                beds: [
                  {
                    id: 'b5',
                    label: '103-1',
                    type: 'nursing',
                    state: 'closed',
                    closure: { from: '2026-03-01', to: null, reason: 'repair' },
                    occupant: null,
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}
