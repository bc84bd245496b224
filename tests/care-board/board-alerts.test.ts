import { describe, expect, it } from 'vitest';
import {
  boardAlerts,
  hasNoBeds,
  missedPatrolNights,
  missedRounds,
} from '../../renderer/src/features/care-board/board-alerts';
import { night, quietView, slot } from './board-fixtures';

describe('what the board raises', () => {
  it('raises nothing on a quiet morning', () => {
    expect(boardAlerts(quietView())).toEqual([]);
  });

  it('raises critical, overdue, missed rounds, missed patrols and open incidents in that order', () => {
    const view = quietView({
      critical: { count: 1, ids: ['p1'] },
      overdueReturns: { count: 2, ids: ['l1', 'l2'] },
      rounds: [
        {
          area: '二楼',
          last: null,
          due: [],
          missed: [slot({ area: '二楼', date: '2026-03-10', time: '02:00' })],
        },
        {
          area: '一楼',
          last: null,
          due: [slot({ state: 'due' })],
          missed: [slot({ area: '一楼', time: '22:00' })],
        },
      ],
      patrols: { lastNight: night({ done: 1, state: 'missed' }), tonight: night({ state: 'open', done: 0 }) },
      openIncidents: { count: 2, ids: ['i1', 'i2'] },
      incidents: [
        {
          id: 'i1',
          date: '2026-03-09',
          occurredTime: '03:10',
          category: 'fall',
          personIds: ['p1'],
          names: ['王秀英'],
          familyNotified: false,
          reviewed: false,
        },
        {
          id: 'i2',
          date: '2026-03-01',
          occurredTime: '12:00',
          category: 'choking',
          personIds: ['p2'],
          names: ['李福生'],
          familyNotified: true,
          reviewed: false,
        },
      ],
    });
    const alerts = boardAlerts(view);
    expect(alerts.map((a) => a.kind)).toEqual([
      'critical',
      'overdueReturns',
      'missedRounds',
      'missedPatrols',
      'openIncidents',
    ]);
    expect(alerts[1]).toEqual({ kind: 'overdueReturns', count: 2 });
    expect(alerts[4]).toMatchObject({ familyNotNotified: 1 });
    // Missed rounds of every area, oldest first; the due one is no alert.
    expect(missedRounds(view).map((s) => `${s.area} ${s.date} ${s.time}`)).toEqual([
      '一楼 2026-03-09 22:00',
      '二楼 2026-03-10 02:00',
    ]);
  });

  it('counts a night short of patrols only once it is over', () => {
    const open = quietView({
      patrols: { lastNight: night(), tonight: night({ night: '2026-03-10', done: 0, state: 'open' }) },
    });
    expect(missedPatrolNights(open)).toEqual([]);
    const missed = quietView({
      patrols: { lastNight: night({ done: 1, state: 'missed' }), tonight: night() },
    });
    expect(missedPatrolNights(missed).map((n) => n.done)).toEqual([1]);
  });

  it('tells a center without beds from one whose beds are all taken', () => {
    const none = { count: 0, ids: [] };
    expect(hasNoBeds(quietView({ inRegister: none, freeBeds: none, closedBeds: none }))).toBe(true);
    expect(hasNoBeds(quietView({ freeBeds: none, closedBeds: none }))).toBe(false);
  });
});
