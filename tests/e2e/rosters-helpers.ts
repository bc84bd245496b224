/**
 * What the roster e2e tests share: the shifts and day codes of a small center,
 * staff made through the API, and the months they work on.
 */
import type { AppSession } from './harness';
import { call } from './beds-helpers';

/** 白 and 夜 meet at 08:00 and 20:00 without overlapping; 早 (06:00) overlaps the end of a 夜. */
export async function setUpRosterCodes(session: AppSession): Promise<void> {
  const shifts = [
    { code: '白', name: '白班', start: '08:00', end: '20:00', night: false, colour: '#fff1b8' },
    { code: '夜', name: '夜班', start: '20:00', end: '08:00', night: true, colour: '#1d39c4' },
    { code: '早', name: '早班', start: '06:00', end: '14:00', night: false, colour: '#d9f7be' },
  ];
  for (const shift of shifts) {
    const paidHours = shift.code === '早' ? 7 : 11;
    await call(session, 'staff.saveShiftTemplate', { ...shift, breakMinutes: 60, paidHours, active: true });
  }
  await call(session, 'staff.saveDayCode', {
    code: '休',
    name: '休息',
    kind: 'rest',
    colour: '#f0f0f0',
    active: true,
  });
}

/** Active carers of one area, in the order given; answers their ids. */
export async function addCarers(
  session: AppSession,
  names: readonly string[],
  area = '1号楼',
): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const staff = await call<{ id: string }>(session, 'staff.create', {
      name,
      post: 'carer',
      area,
      workingTime: 'comprehensive',
      certificates: [],
      active: true,
    });
    ids.push(staff.id);
  }
  return ids;
}

/** 'YYYY-MM' of the month `ahead` months after this one. */
export function monthAhead(ahead: number): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth() + ahead, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** Forty different names, as a big center's roster has. */
export function fortyNames(): string[] {
  const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
  const given = ['秀英', '桂兰', '建国', '玉梅', '志强'];
  return surnames.flatMap((s) => given.map((g) => `${s}${g}`));
}

export interface GridAnswer {
  rows: { staffId: string; name: string; cells: Record<string, string[]> }[];
  cover: { date: string; shiftCode: string; short: number }[];
}
