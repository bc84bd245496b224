/**
 * Set-up for the handover screens' tests, through the API: two rooms, one
 * elder admitted today, the night shift (夜班 20:00–08:00), and a second
 * carer with a staff record and an account of their own.
 */
import { expect } from 'vitest';
import { addAssessedElder, admitThroughApi, setUpRooms, today } from './beds-stays-helpers';
import type { AppSession } from './harness';

export const NIGHT = '夜';
export const CARER = { username: 'liuhong', password: 'Qingshan-carer-26' };

async function call<T>(session: AppSession, channel: string, arg?: unknown): Promise<T> {
  const answer = await session.api(channel, arg);
  if (!answer.body.ok) throw new Error(`${channel} failed: ${JSON.stringify(answer.body)}`);
  return answer.body.value as T;
}

/** The night shift, unless the center has it already. */
async function addNightShift(session: AppSession): Promise<void> {
  const shifts = await call<{ code: string }[]>(session, 'staff.shiftTemplates');
  if (shifts.some((s) => s.code === NIGHT)) return;
  await call(session, 'staff.saveShiftTemplate', {
    code: NIGHT,
    name: session.language === 'zh-CN' ? '夜班' : 'Night',
    start: '20:00',
    end: '08:00',
    breakMinutes: 60,
    paidHours: 11,
    night: true,
    colour: '#d6e4ff',
    active: true,
  });
}

/** A carer on the staff list with an account (role staff) for the incoming signature. Returns their name. */
async function addCarer(session: AppSession): Promise<string> {
  const name = session.language === 'zh-CN' ? '刘红' : 'Liu Hong';
  const staff = await call<{ id: string }>(session, 'staff.create', {
    name,
    post: 'carer',
    phone: '13812340001',
    hireDate: '2024-03-01',
    area: '',
    workingTime: 'comprehensive',
    certificates: [],
    active: true,
  });
  await call(session, 'users.create', {
    username: CARER.username,
    displayName: name,
    role: 'staff',
    staffId: staff.id,
    password: CARER.password,
    passwordAgain: CARER.password,
  });
  return name;
}

export interface HandoverSetup {
  elderName: string;
  carerName: string;
}

/** Rooms, one resident admitted today, the night shift and the second carer. */
export async function setUpHandover(session: AppSession): Promise<HandoverSetup> {
  const beds = await setUpRooms(session);
  const elderName = session.language === 'zh-CN' ? '张秀兰' : 'Zhang Xiulan';
  const personId = await addAssessedElder(session, { name: elderName, sex: 'female', sequence: 52 });
  const bedId = beds.byLabel['101-1'];
  expect(bedId).toBeDefined();
  await admitThroughApi(session, personId, bedId ?? '', today());
  await addNightShift(session);
  return { elderName, carerName: await addCarer(session) };
}

export interface SavedHandover {
  id: string;
  date: string;
  state: string;
  outgoing: { name: string } | null;
  incoming: { name: string } | null;
  addenda: { text: string }[];
  sections: Record<string, { text: string }[]>;
}

/** Tonight's saved handover as the core has it, or null. */
export async function savedTonight(session: AppSession): Promise<SavedHandover | null> {
  const draft = await call<{ existing: SavedHandover | null }>(session, 'handovers.compile', {
    date: today(),
    shiftCode: NIGHT,
    area: '',
  });
  return draft.existing;
}
