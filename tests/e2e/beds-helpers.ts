/** Steps the bed e2e tests share: dates around today, beds and stays made through the API. */
import { toIsoDate } from '../../shared/domain/dates';
import type { AppSession } from './harness';

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
