/** Steps the rounds e2e tests share: residents in bed order and a carer, made through the API. */
import type { AppSession } from './harness';
import { addPerson } from './people-helpers';
import { admitOn, call, dayFromToday, setUpBeds } from './beds-helpers';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['秀英', '福生', '德明', '桂兰', '建国', '玉珍', '长林', '淑芬'];

export interface Resident {
  id: string;
  name: string;
  bed: string;
}

/**
 * `count` residents admitted ten days ago, two to a room from 101 on, listed
 * in bed order (the order of the round sheet).
 */
export async function residentsInBeds(session: AppSession, count: number): Promise<Resident[]> {
  const rooms = Math.ceil(count / 2);
  const beds = await setUpBeds(session, 101, 100 + rooms, 2, dayFromToday(-60));
  const out: Resident[] = [];
  for (let i = 0; i < count; i += 1) {
    const room = 101 + Math.floor(i / 2);
    const bed = `${room}-${(i % 2) + 1}`;
    const name = `${SURNAMES[i % SURNAMES.length] ?? ''}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] ?? ''}${i >= 80 ? i : ''}`;
    const id = await addPerson(session, {
      name,
      sex: i % 2 === 0 ? 'female' : 'male',
      birthDate: `19${40 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`,
    });
    await admitOn(session, id, beds.get(bed) ?? '', dayFromToday(-10));
    out.push({ id, name, bed });
  }
  return out;
}

/** A care worker the rounds can be booked to (the test administrator has no staff record). */
export async function nightCarer(session: AppSession, name = '张夜班'): Promise<string> {
  const staff = await call<{ id: string }>(session, 'staff.create', {
    name,
    post: 'nurse',
    workingTime: 'comprehensive',
    certificates: [],
    active: true,
  });
  return staff.id;
}

/**
 * A minute ago where the application core runs, as the round's date and time:
 * the test browser runs in Asia/Shanghai, the core in the machine's zone, and
 * a round "now" by the browser's clock could be in the core's future.
 */
export function aMinuteAgo(): { date: string; time: string } {
  const d = new Date(Date.now() - 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** Opens a page of the app by its hash path, keeping the session's token. */
export async function openPath(session: AppSession, hashPath: string): Promise<void> {
  await session.page.goto(`${session.server().url.split('#')[0] ?? ''}#${hashPath}`);
}
