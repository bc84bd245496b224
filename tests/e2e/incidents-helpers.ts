/**
 * Set-up for the incident tests, through the API: an elder admitted twenty
 * days ago and assessed then (so falls since count towards the reassessment
 * list), and an incident reported straight to the core.
 */
import { addPerson, saveAbility, scoresWith } from './assessments-helpers';
import { admitThroughApi, daysAgo, setUpRooms } from './beds-stays-helpers';
import type { AppSession } from './harness';

export const ELDER = '王大山';

/** A resident since twenty days ago, with an ability assessment of that day. */
export async function residentElder(session: AppSession, name = ELDER, sequence = 31): Promise<string> {
  const beds = await setUpRooms(session);
  const { id } = await addPerson(session, { name, sex: 'male', birthDate: '1940-03-04', sequence });
  await saveAbility(session, id, scoresWith(), daysAgo(20));
  const bedId = beds.byLabel['101-1'];
  if (bedId === undefined) throw new Error('no bed 101-1');
  await admitThroughApi(session, id, bedId, daysAgo(20));
  return id;
}

/** A fall reported through the API; answers its locator. */
export async function reportFall(
  session: AppSession,
  personId: string,
  date: string,
): Promise<{ id: string; date: string }> {
  const answer = await session.api('incidents.report', {
    category: 'fall',
    date,
    occurredTime: '06:40',
    place: '卫生间',
    personIds: [personId],
    staffIds: [],
    description: '起夜时在卫生间滑倒',
    actionTaken: '扶回床上，检查无外伤',
    hospital: null,
  });
  if (!answer.body.ok) throw new Error(`incidents.report failed: ${JSON.stringify(answer.body)}`);
  const incident = answer.body.value as { id: string; date: string };
  return { id: incident.id, date: incident.date };
}

/** Reasons the reassessment list (the due page's own call) gives for the elder, [] when not listed. */
export async function dueReasons(session: AppSession, personId: string): Promise<string[]> {
  const answer = await session.api('assessments.due');
  if (!answer.body.ok) throw new Error(`assessments.due failed: ${JSON.stringify(answer.body)}`);
  return (
    (answer.body.value as { personId: string; reasons: string[] }[]).find((d) => d.personId === personId)
      ?.reasons ?? []
  );
}
