import type { Channel } from '../../shared/ipc/channels';

const personId = '00000000-0000-4000-8000-000000000001';
const bedId = '00000000-0000-4000-8000-000000000002';

/** A valid argument per beds channel: the seed of the IPC fuzz test's near misses. */
export const BEDS_VALID: Record<Extract<Channel, `beds.${string}`>, unknown> = {
  'beds.facility': undefined,
  'beds.setupRooms': {
    building: '1号楼',
    floor: 1,
    firstRoom: 101,
    lastRoom: 120,
    bedsPerRoom: 2,
    bedType: 'residential',
    roomSex: null,
    inServiceFrom: '2026-01-01',
  },
  'beds.updateRoom': { roomId: bedId, name: '101', floor: 1, sex: 'female' },
  'beds.closeBed': { bedId, from: '2026-01-01', to: null, reason: 'repair' },
  'beds.reopenBed': { bedId, on: '2026-01-05' },
  'beds.admit': {
    personId,
    bedId,
    admittedOn: '2026-01-01',
    contractNumber: 'QS-2026-001',
    source: 'home',
    funding: 'selfPaying',
    emergencyContactConfirmed: true,
  },
  'beds.move': { personId, bedId, on: '2026-01-02' },
  'beds.leaveOut': { personId, kind: 'leave', from: '2026-01-03', expectedReturn: null, mealStop: true },
  'beds.leaveBack': { leaveId: bedId, returnedAt: '2026-01-04' },
  'beds.discharge': { personId, on: '2026-01-05', reason: 'returnedHome' },
  'beds.markCritical': { personId, from: '2026-01-01' },
  'beds.endCritical': { markId: bedId, on: '2026-01-02' },
  'beds.board': { date: '2026-01-01' },
  'beds.bedHistory': { bedId },
  'beds.personHistory': { personId },
  'beds.freeBeds': { date: '2026-01-01' },
};
