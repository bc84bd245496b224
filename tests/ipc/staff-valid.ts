/** A valid argument for each staff channel: the seeds the IPC fuzz test mutates. */
import type { Channel } from '../../shared/ipc/channels';

const staff = {
  name: '李秀英',
  post: 'carer',
  phone: '13812345678',
  idNumber: '110105198001010024',
  hireDate: '2024-03-01',
  area: '1号楼二层',
  workingTime: 'comprehensive',
  certificates: [
    { id: 'cert-0001', kind: 'health', number: 'J2024-001', issuedOn: '2025-01-01', expiresOn: '2026-01-01' },
  ],
  active: true,
};
const shift = {
  code: '夜',
  name: '夜班',
  start: '20:00',
  end: '08:00',
  breakMinutes: 60,
  paidHours: 11,
  night: true,
  colour: '#d6e4ff',
  active: true,
};

export const STAFF_VALID: Record<Extract<Channel, `staff.${string}`>, unknown> = {
  'staff.list': { active: true, post: 'carer', query: 'lxy' },
  'staff.get': { id: 'staff-0001' },
  'staff.create': staff,
  'staff.update': { id: 'staff-0001', staff },
  'staff.certificatesDue': undefined,
  'staff.shiftTemplates': undefined,
  'staff.saveShiftTemplate': shift,
  'staff.dayCodes': undefined,
  'staff.saveDayCode': { code: '休', name: '休息', kind: 'rest', colour: '#f0f0f0', active: true },
  'staff.posts': undefined,
  'staff.savePosts': { customPosts: ['康复师'] },
};
