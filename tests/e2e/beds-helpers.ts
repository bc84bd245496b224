/** Steps the bed e2e tests share: dates around today, beds and stays made through the API. */
import { toIsoDate } from '../../shared/domain/dates';
import type { AppSession } from './harness';
import { addPerson } from './people-helpers';

export function dayFromToday(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return toIsoDate(d);
}

export async function call<T>(session: AppSession, channel: string, arg?: unknown): Promise<T> {
  const answer = await session.api(channel, arg);
  if (!answer.body.ok) throw new Error(`${channel} failed: ${JSON.stringify(answer.body)}`);
  return answer.body.value as T;
}

/** Rooms `first`–`last` of 1号楼 with `perRoom` beds each; the beds by label. */
export async function setUpBeds(
  session: AppSession,
  first: number,
  last: number,
  perRoom: number,
  inServiceFrom: string,
): Promise<Map<string, string>> {
  const result = await call<{ beds: { id: string; label: string }[] }>(session, 'beds.setupRooms', {
    building: '1号楼',
    floor: 1,
    firstRoom: first,
    lastRoom: last,
    bedsPerRoom: perRoom,
    bedType: 'residential',
    inServiceFrom,
  });
  return new Map(result.beds.map((bed) => [bed.label, bed.id]));
}

/** An admission on a past day, the assessments waived by a manager's reason (they are not what these tests are about). */
export async function admitOn(session: AppSession, personId: string, bedId: string, admittedOn: string) {
  await call(session, 'beds.admit', {
    personId,
    bedId,
    admittedOn,
    contractNumber: `QS-${personId.slice(0, 6)}`,
    source: 'home',
    funding: 'selfPaying',
    emergencyContactConfirmed: true,
    overrideReason: '测试数据',
  });
}

/** 王秀英 lay in 101-1 from 30 days ago until she went home 10 days ago; 李福生 has had it since 5 days ago. 赵德明 moved from 101-2 to 102-1 3 days ago. */
export async function scriptedHistory(session: AppSession) {
  const beds = await setUpBeds(session, 101, 102, 2, dayFromToday(-60));
  const bed = (label: string) => beds.get(label) ?? '';
  const wang = await addPerson(session, { name: '王秀英', sex: 'female', birthDate: '1940-05-06' });
  const li = await addPerson(session, { name: '李福生', sex: 'male', birthDate: '1938-01-20' });
  const zhao = await addPerson(session, { name: '赵德明', sex: 'male', birthDate: '1944-09-09' });
  await admitOn(session, wang, bed('101-1'), dayFromToday(-30));
  await call(session, 'beds.discharge', { personId: wang, on: dayFromToday(-10), reason: 'returnedHome' });
  await admitOn(session, li, bed('101-1'), dayFromToday(-5));
  await admitOn(session, zhao, bed('101-2'), dayFromToday(-20));
  await call(session, 'beds.move', { personId: zhao, bedId: bed('102-1'), on: dayFromToday(-3) });
}
