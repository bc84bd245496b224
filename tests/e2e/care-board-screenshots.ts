/**
 * Pictures of the 24-hour board for the README, in Chinese and in English, on
 * a cheap 1366×768 screen: the board of a busy morning on the demo center
 * (the demo's today is the real one) as the first screen shows it and whole,
 * and the list behind one of its numbers. Written to
 * resources/screenshots/care-board{,-full,-list}-{zh,en}.png. Run after
 * `npx electron-vite build`:
 *   npx tsx tests/e2e/care-board-screenshots.ts
 */
import path from 'node:path';
import { toIsoDate } from '../../shared/domain/dates';
import { seedDemo } from '../../electron/core/demo';
import { visible } from './harness';
import type { AppSession, SystemLocale } from './harness';
import { call, dayFromToday } from './beds-helpers';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';

const VIEWPORT = { width: 1366, height: 768 };
const LOCALES: [SystemLocale, string][] = [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
];
const DEMO = { seed: 7, years: 1, beds: 24, members: 4, today: toIsoDate(new Date()) };

interface Board {
  inHouse: { ids: string[] };
}

/**
 * The demo's today is quiet; the picture should show what the board raises
 * on a busy morning: one resident in hospital past the expected return, one
 * critically ill, one on leave, and a fall in the night not yet told to the family.
 */
async function busyMorning(session: AppSession, language: 'zh' | 'en') {
  const board = await call<Board>(session, 'board.now');
  const [inHospital, critical, onLeave, fell] = board.inHouse.ids.slice(1);
  if (inHospital === undefined || critical === undefined || onLeave === undefined || fell === undefined)
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
  await call(session, 'incidents.report', {
    category: 'fall',
    date: dayFromToday(0),
    occurredTime: '03:20',
    place: language === 'zh' ? '203室卫生间' : 'Room 203, washroom',
    personIds: [fell],
    staffIds: [],
    description:
      language === 'zh' ? '夜间起身如厕时滑倒，左膝擦伤' : 'Slipped getting up at night; left knee grazed',
    actionTaken: language === 'zh' ? '消毒包扎，护士观察' : 'Cleaned and dressed; the nurse keeps watch',
    hospital: null,
  });
}

runScreenshots(async (suite) => {
  for (const [locale, suffix] of LOCALES) {
    const options = {
      locale,
      viewport: VIEWPORT,
      parentName: 'township-care-board-screenshots',
      prepare: (dataDir: string) => seedDemo(dataDir, DEMO).then(() => undefined),
    };
    await withFixedFolder(suite, options, async (session) => {
      const { page } = session;
      await busyMorning(session, suffix === 'zh' ? 'zh' : 'en');
      await session.open();
      await visible(page.getByTestId('care-board'));
      await shoot(page, path.join(SCREENSHOT_DIR, `care-board-${suffix}.png`));
      // The whole board at once, as on a tall screen: the README shows every part of it.
      await page.setViewportSize({ width: VIEWPORT.width, height: 1500 });
      await visible(page.getByTestId('board-certificates'));
      await shoot(page, path.join(SCREENSHOT_DIR, `care-board-full-${suffix}.png`));
      await page.setViewportSize(VIEWPORT);

      await page.getByTestId('board-count-onLeave').click();
      await visible(page.getByTestId('board-list-onLeave').getByTestId('board-list-row').first());
      await shoot(page, path.join(SCREENSHOT_DIR, `care-board-list-${suffix}.png`));
    });
  }
});
