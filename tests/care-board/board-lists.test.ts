import { describe, expect, it } from 'vitest';
import {
  indexBedBoard,
  listRows,
  LIST_KEYS,
  LIST_KIND,
} from '../../renderer/src/features/care-board/board-lists';
import { bedBoard, quietView } from './board-fixtures';

const index = indexBedBoard(bedBoard());

describe('the lists behind the board numbers', () => {
  it('names the people of a count from the bed board, with their bed and since when', () => {
    const rows = listRows(quietView(), 'inRegister', index);
    expect(rows.map((r) => (r.kind === 'person' ? [r.name, r.place?.bed, r.since] : null))).toEqual([
      ['王秀英', '101-1', '2025-12-01'],
      ['李福生', '101-2', '2026-03-09'],
      // Away: since the day she left, not the day of admission.
      ['赵德明', '102-1', '2026-03-08'],
    ]);
  });

  it('finds the person of an overdue leave by the leave id, and never invents one for a leave it does not know', () => {
    const view = quietView({ overdueReturns: { count: 2, ids: ['l1', 'gone'] } });
    const [known, unknown] = listRows(view, 'overdueReturns', index);
    expect(known).toMatchObject({ kind: 'person', personId: 'p3', name: '赵德明', leave: { overdue: true } });
    expect(unknown).toMatchObject({ kind: 'person', personId: '', name: null, place: null });
  });

  it('takes names and risks from the view where it has them, and leaves unknown people unnamed', () => {
    const view = quietView({
      highRisk: { count: 2, ids: ['p2', 'p9'] },
      highRisks: [
        { personId: 'p2', name: '李福生', risks: ['fall', 'choking'] },
        { personId: 'p9', name: '刘桂芳', risks: ['wandering'] },
      ],
    });
    const rows = listRows(view, 'highRisk', index);
    expect(rows).toMatchObject([
      { personId: 'p2', name: '李福生', risks: ['fall', 'choking'], place: { bed: '101-2' } },
      { personId: 'p9', name: '刘桂芳', risks: ['wandering'], place: null },
    ]);
    const critical = listRows(quietView({ critical: { count: 1, ids: ['p9'] } }), 'critical', index);
    expect(critical).toMatchObject([{ personId: 'p9', name: null }]);
  });

  it('lists beds with where they are and why a closed one is closed', () => {
    expect(listRows(quietView(), 'freeBeds', index)).toMatchObject([
      { kind: 'bed', bedId: 'b4', place: { building: '1号楼', room: '102', bed: '102-2' }, closure: null },
    ]);
    expect(listRows(quietView(), 'closedBeds', index)).toMatchObject([
      { kind: 'bed', bedId: 'b5', closure: { reason: 'repair', from: '2026-03-01' } },
    ]);
  });

  it('lists open incidents in the order of the ids', () => {
    const incident = (id: string) => ({
      id,
      date: '2026-03-09',
      occurredTime: '03:10',
      category: 'fall' as const,
      personIds: ['p1'],
      names: ['王秀英'],
      familyNotified: false,
      reviewed: false,
    });
    const view = quietView({
      openIncidents: { count: 2, ids: ['i2', 'i1'] },
      incidents: [incident('i1'), incident('i2')],
    });
    expect(listRows(view, 'openIncidents', index).map((r) => r.key)).toEqual(['i2', 'i1']);
  });

  it('has a kind for every number, and as many rows as the number says', () => {
    for (const key of LIST_KEYS) {
      expect(LIST_KIND[key]).toBeDefined();
      const view = quietView();
      expect(listRows(view, key, index)).toHaveLength(view[key].count);
    }
  });
});
