import { describe, expect, it } from 'vitest';
import { checkCareRecords } from '../../electron/core/checks';
import type { Incident, Round, ShardRecord } from '../../shared/schema';

const T = '2026-11-01T01:00:00.000Z';
const round: Round = {
  id: 'round-0001',
  createdAt: T,
  updatedAt: T,
  type: 'round',
  date: '2026-11-01',
  time: '02:00',
  shiftCode: '夜',
  staffId: 'staff-0001',
  area: '全院',
  marks: [
    { personId: 'person-0001', mark: 'asleep' },
    { personId: 'person-0002', mark: 'needsAttention', note: '咳嗽' },
  ],
  expectedCount: 2,
  checkedCount: 2,
  abnormalCount: 1,
  findings: '',
};
const incident: Incident = {
  id: 'incident-0001',
  createdAt: T,
  updatedAt: T,
  date: '2026-11-01',
  type: 'incident',
  category: 'fall',
  personIds: ['person-0001'],
  occurredTime: '09:00',
  place: '',
  staffIds: [],
  description: '跌倒',
  actionTaken: '',
  hospital: null,
  familyNotification: null,
  review: null,
  closed: null,
};
const codes = (kind: 'rounds' | 'careLogs', records: unknown[]) =>
  checkCareRecords('f.json', kind, records as ShardRecord<typeof kind>[]).map((p) => p.code);

describe('care record checks of care verify', () => {
  it('accepts a consistent round and an open incident', () => {
    expect(codes('rounds', [round])).toEqual([]);
    expect(codes('careLogs', [incident])).toEqual([]);
  });
  it('reports a round whose counts disagree with its marks, and a resident marked twice', () => {
    expect(codes('rounds', [{ ...round, checkedCount: 3 }])).toEqual(['checks.care.roundCounts']);
    const twice = { ...round, marks: [round.marks[0], round.marks[0]], abnormalCount: 0 };
    expect(codes('rounds', [twice])).toEqual(['checks.care.roundMarkedTwice']);
  });
  it('reports an incident closed without the family notification, and a half-signed handover called signed', () => {
    expect(codes('careLogs', [{ ...incident, closed: { by: '张院长', at: T } }])).toEqual([
      'checks.care.incidentClosedEarly',
    ]);
    const handover = {
      id: 'handover-0001',
      createdAt: T,
      updatedAt: T,
      date: '2026-11-01',
      type: 'handover',
      shiftCode: '夜',
      area: '',
      state: 'signed',
      counts: { total: 0, inHouse: 0, onLeave: 0, inHospital: 0 },
      sections: { departures: [], admissions: [], critical: [], events: [], leave: [], roundFindings: [] },
      outgoing: { name: '王芳', at: T },
      incoming: null,
      addenda: [],
    };
    expect(codes('careLogs', [handover])).toEqual(['checks.care.handoverState']);
  });
});
