import type { Channel } from '../../shared/ipc/channels';

const personId = '00000000-0000-4000-8000-000000000001';
const buildingId = '00000000-0000-4000-8000-000000000002';
const range = { from: '2026-01-01', to: '2026-01-07' };

/** A valid argument per rounds channel: the seed of the IPC fuzz test's near misses. */
export const ROUNDS_VALID: Record<Extract<Channel, `rounds.${string}`>, unknown> = {
  'rounds.plan': undefined,
  'rounds.savePlan': {
    areas: [
      {
        name: '1号楼',
        places: [{ buildingId, floor: null }],
        night: { from: '22:00', to: '06:00', everyHours: 2 },
        dayTimes: ['10:00', '15:00'],
        dayEvery: null,
      },
    ],
    firePatrol: { items: ['安全出口'], perNight: 2, night: { from: '20:00', to: '08:00' } },
  },
  'rounds.sheet': { area: '1号楼', date: '2026-01-01', time: '02:00' },
  'rounds.record': {
    area: '1号楼',
    date: '2026-01-01',
    time: '02:00',
    shiftCode: '夜',
    marks: [{ personId, mark: 'asleep' }],
    findings: '',
  },
  'rounds.list': { date: '2026-01-01' },
  'rounds.slots': range,
  'rounds.recordPatrol': {
    date: '2026-01-01',
    time: '21:00',
    area: '',
    items: [{ item: '安全出口', result: 'ok' }],
  },
  'rounds.patrols': range,
  'rounds.patrolNights': range,
};
