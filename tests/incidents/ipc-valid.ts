import type { Channel } from '../../shared/ipc/channels';

const id = '00000000-0000-4000-8000-000000000004';
const personId = '00000000-0000-4000-8000-000000000001';
const facts = {
  category: 'fall',
  date: '2026-01-01',
  occurredTime: '09:30',
  place: '卫生间',
  personIds: [personId],
  staffIds: [],
  description: '滑倒',
  actionTaken: '',
  hospital: null,
};

/** A valid argument per incidents channel (and the board's): the seed of the IPC fuzz test's near misses. */
export const INCIDENTS_VALID: Record<Extract<Channel, `incidents.${string}` | `board.${string}`>, unknown> = {
  'incidents.report': facts,
  'incidents.update': { ...facts, id },
  'incidents.notifyFamily': {
    id,
    date: '2026-01-01',
    at: '2026-01-01T02:00:00.000Z',
    channel: 'phone',
    by: '王芳',
  },
  'incidents.review': { id, date: '2026-01-01', text: '原因', correctiveAction: '加装扶手' },
  'incidents.close': { id, date: '2026-01-01' },
  'incidents.get': { id, date: '2026-01-01' },
  'incidents.list': { from: '2026-01-01', to: '2026-01-07' },
  'board.now': undefined,
};
