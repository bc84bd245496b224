import type { Channel } from '../../shared/ipc/channels';

const staffA = '00000000-0000-4000-8000-000000000011';
const staffB = '00000000-0000-4000-8000-000000000012';
const month = { from: '2026-03-01', to: '2026-03-31' };

/** A valid argument per rosters channel: the seed of the IPC fuzz test's near misses. */
export const ROSTERS_VALID: Record<Extract<Channel, `rosters.${string}`>, unknown> = {
  'rosters.grid': { ...month, areas: ['1号楼'] },
  'rosters.setCells': { changes: [{ staffId: staffA, date: '2026-03-02', codes: ['白'] }], note: '病假顶班' },
  'rosters.applyPattern': {
    ...month,
    pattern: ['白', '白', '夜', '夜', '休', '休'],
    people: [
      { staffId: staffA, offset: 0 },
      { staffId: staffB, offset: 2 },
    ],
    overwrite: false,
  },
  'rosters.copy': {
    sourceFrom: '2026-02-23',
    sourceTo: '2026-03-01',
    targetFrom: '2026-03-02',
    targetTo: '2026-03-08',
    overwrite: false,
  },
  'rosters.swap': { staffA, dateA: '2026-03-05', staffB, reason: '家中有事' },
  'rosters.publish': { month: '2026-03', preparedBy: '王芳', approvedBy: '李院长' },
  'rosters.cover': { from: '2026-03-01', to: '2026-03-07' },
  'rosters.onDuty': undefined,
  'rosters.holidays': { year: 2026 },
  'rosters.saveHolidays': { year: 2026, days: [{ date: '2026-10-01', kind: 'holiday', name: '国庆节' }] },
  'rosters.exportXlsx': { kind: 'month', date: '2026-03-01' },
  'rosters.rules': undefined,
  'rosters.saveRules': {
    restAfterNightHours: 12,
    restHours: 8,
    maxDaysInRow: 6,
    weekHoursLimit: 44,
    monthOvertimeLimit: 36,
    nightMinimumCarers: 1,
    carePosts: ['carer'],
  },
};
