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
import type { SystemLocale } from './harness';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';

const VIEWPORT = { width: 1366, height: 768 };
const LOCALES: [SystemLocale, string][] = [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
];
const DEMO = { seed: 7, years: 1, beds: 24, members: 4, today: toIsoDate(new Date()) };

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
