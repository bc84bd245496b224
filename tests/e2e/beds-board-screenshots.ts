/**
 * Pictures of the bed screens for the README, in Chinese and in English: the
 * bed board of today and the bed setup, on a cheap 1366×768 screen, written to
 * resources/screenshots/{bed-board,bed-setup}-{zh,en}.png. The data is the
 * deterministic demo center whose "today" is the real one, so the board of
 * today shows its residents. Run after `npx electron-vite build`:
 *   npx tsx tests/e2e/beds-board-screenshots.ts
 */
import path from 'node:path';
import { toIsoDate } from '../../shared/domain/dates';
import { seedDemo } from '../../electron/core/demo';
import { visible } from './harness';
import type { AppSession, SystemLocale } from './harness';
import { addPerson } from './people-helpers';
import { admitOn, call, dayFromToday } from './beds-helpers';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';

const VIEWPORT = { width: 1366, height: 768 };
const LOCALES: [SystemLocale, string][] = [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
];
const DEMO = { seed: 7, years: 1, beds: 24, members: 4, today: toIsoDate(new Date()) };

interface Board {
  buildings: {
    floors: { rooms: { beds: { id: string; state: string; occupant: { personId: string } | null }[] }[] }[];
  }[];
}

/**
 * The demo's today is quiet; the picture should show what the board says on a
 * busy morning: one resident in hospital past the expected return, one
 * critically ill, one on leave, one admitted today into a free bed.
 */
async function busyMorning(session: AppSession, language: 'zh' | 'en') {
  const board = await call<Board>(session, 'beds.board', { date: dayFromToday(0) });
  const beds = board.buildings.flatMap((b) => b.floors.flatMap((f) => f.rooms.flatMap((r) => r.beds)));
  const residents = beds.flatMap((bed) => (bed.occupant ? [bed.occupant.personId] : []));
  const [inHospital, critical, onLeave] = [residents[1], residents[2], residents[4]];
  if (inHospital === undefined || critical === undefined || onLeave === undefined)
    throw new Error('the demo board has too few residents');
  await call(session, 'beds.leaveOut', {
    personId: inHospital,
    kind: 'hospital',
    from: dayFromToday(-4),
    expectedReturn: dayFromToday(-1),
    destination: language === 'zh' ? '县人民医院' : 'County hospital',
    mealStop: true,
  });
  await call(session, 'beds.markCritical', { personId: critical, from: dayFromToday(-1) });
  await call(session, 'beds.leaveOut', {
    personId: onLeave,
    kind: 'leave',
    from: dayFromToday(0),
    expectedReturn: dayFromToday(3),
    mealStop: true,
  });
  const free = beds.find((bed) => bed.state === 'free');
  if (free) {
    const person = await addPerson(session, {
      name: language === 'zh' ? '周桂芳' : '周桂芳',
      sex: 'female',
      birthDate: '1941-04-12',
    });
    await admitOn(session, person, free.id, dayFromToday(0));
  }
}

runScreenshots(async (suite) => {
  for (const [locale, suffix] of LOCALES) {
    const options = {
      locale,
      viewport: VIEWPORT,
      parentName: 'township-care-beds-screenshots',
      prepare: (dataDir: string) => seedDemo(dataDir, DEMO).then(() => undefined),
    };
    await withFixedFolder(suite, options, async (session) => {
      const { page } = session;
      await busyMorning(session, suffix === 'zh' ? 'zh' : 'en');
      await session.open();
      await page.getByTestId('nav-beds').click();
      await visible(page.getByTestId('bed-card').first());
      await shoot(page, path.join(SCREENSHOT_DIR, `bed-board-${suffix}.png`));

      await page.getByTestId('board-setup').click();
      await visible(page.getByTestId('setup-room').first());
      await shoot(page, path.join(SCREENSHOT_DIR, `bed-setup-${suffix}.png`));
    });
  }
});
