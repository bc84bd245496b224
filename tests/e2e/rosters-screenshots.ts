/**
 * Pictures of the roster for the README, in Chinese and in English: this
 * month's grid on a 1366×768 screen and the printed roster, written to
 * resources/screenshots/{roster-grid,roster-print}-{zh,en}.png. The data is the
 * deterministic demo center whose "today" is the real one. Run after
 * `npx electron-vite build`:
 *   npx tsx tests/e2e/rosters-screenshots.ts
 */
import path from 'node:path';
import { toIsoDate } from '../../shared/domain/dates';
import { seedDemo } from '../../electron/core/demo';
import { visible } from './harness';
import type { SystemLocale } from './harness';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';

const VIEWPORT = { width: 1366, height: 768 };
const PRINT_VIEWPORT = { width: 1200, height: 900 };
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
      parentName: 'township-care-roster-screenshots',
      prepare: (dataDir: string) => seedDemo(dataDir, DEMO).then(() => undefined),
    };
    await withFixedFolder(suite, options, async (session) => {
      const { page } = session;
      await session.open();
      await page.getByTestId('nav-rosters').click();
      await visible(page.locator('[data-testid="roster-page"][data-ready="true"]'));
      await visible(page.getByTestId('roster-cell').first());
      // The cursor on today's cell of the first carer, as the manager sees it when starting.
      await page.getByTestId('cell-input').first().focus();
      await shoot(page, path.join(SCREENSHOT_DIR, `roster-grid-${suffix}.png`));

      await page.getByTestId('roster-print').click();
      await visible(page.locator('[data-testid="print-roster"][data-ready="true"]'));
      await page.setViewportSize(PRINT_VIEWPORT);
      await shoot(page, path.join(SCREENSHOT_DIR, `roster-print-${suffix}.png`));
    });
  }
});
