import { describe, expect, it } from 'vitest';
import type { BoardBed, BoardOccupant, BoardView } from '../../shared/ipc/beds';
import { bedListGroups } from '../../renderer/src/features/beds/print/bed-list-rows';

const occupant = (over: Partial<BoardOccupant>): BoardOccupant => ({
  personId: 'p1',
  name: '张桂兰',
  sex: 'female',
  age: 81,
  abilityLevel: 2,
  highRisks: [],
  stayId: 's1',
  admittedOn: '2026-03-02',
  isNew: false,
  status: 'inHouse',
  leave: null,
  critical: false,
  ...over,
});
const bed = (id: string, over: Partial<BoardBed>): BoardBed => ({
  id,
  label: id,
  type: 'residential',
  state: 'free',
  closure: null,
  occupant: null,
  ...over,
});

const VIEW: BoardView = {
  date: '2026-11-20',
  totals: {
    beds: 4,
    closed: 1,
    occupied: 2,
    free: 1,
    inRegister: 2,
    inHouse: 1,
    leave: 0,
    hospital: 1,
    critical: 0,
    newAdmissions: 0,
    overdue: 0,
  },
  buildings: [
    {
      id: 'b1',
      name: '1号楼',
      floors: [
        {
          floor: 1,
          rooms: [
            {
              id: 'r101',
              name: '101',
              floor: 1,
              sex: 'female',
              beds: [
                bed('101-1', { state: 'occupied', occupant: occupant({}) }),
                bed('101-2', {
                  state: 'occupied',
                  occupant: occupant({
                    personId: 'p2',
                    name: '李明',
                    sex: 'male',
                    status: 'hospital',
                    abilityLevel: null,
                  }),
                }),
              ],
            },
          ],
        },
        {
          floor: 2,
          rooms: [
            {
              id: 'r201',
              name: '201',
              floor: 2,
              sex: null,
              beds: [
                bed('201-1', {}),
                bed('201-2', {
                  state: 'closed',
                  closure: { from: '2026-11-01', to: null, reason: 'repair' },
                }),
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('printed bed list', () => {
  it('groups by building and floor with one row per bed in order', () => {
    const groups = bedListGroups(VIEW);
    expect(groups.map((g) => [g.building, g.floor, g.rows.map((r) => r.bed)])).toEqual([
      ['1号楼', 1, ['101-1', '101-2']],
      ['1号楼', 2, ['201-1', '201-2']],
    ]);
  });

  it('takes the status from the occupant, else free or closed, and names the room on its first bed only', () => {
    const rows = bedListGroups(VIEW).flatMap((g) => g.rows);
    expect(rows.map((r) => r.status)).toEqual(['inHouse', 'hospital', 'free', 'closed']);
    expect(rows.map((r) => r.firstOfRoom)).toEqual([true, false, true, false]);
    expect(rows[0]).toMatchObject({
      name: '张桂兰',
      sex: 'female',
      age: 81,
      level: 2,
      admittedOn: '2026-03-02',
      roomBeds: 2,
    });
    expect(rows[1]).toMatchObject({ name: '李明', level: null });
    expect(rows[2]).toMatchObject({ name: null, age: null, admittedOn: null });
  });
});
