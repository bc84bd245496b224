import type { Channel } from '../../shared/ipc/channels';

const id = '00000000-0000-4000-8000-000000000003';
const none = { departures: [], admissions: [], critical: [], events: [], leave: [], roundFindings: [] };

/** A valid argument per handovers channel: the seed of the IPC fuzz test's near misses. */
export const HANDOVERS_VALID: Record<Extract<Channel, `handovers.${string}`>, unknown> = {
  'handovers.compile': { date: '2026-01-01', shiftCode: '夜', area: '' },
  'handovers.saveDraft': { date: '2026-01-01', shiftCode: '夜', area: '', sections: none },
  'handovers.sign': { id, date: '2026-01-01', role: 'outgoing', username: 'wangfang', password: 'x' },
  'handovers.addendum': { id, date: '2026-01-01', text: '补充', username: 'wangfang', password: 'x' },
  'handovers.get': { id, date: '2026-01-01' },
  'handovers.list': { from: '2026-01-01', to: '2026-01-07' },
};
