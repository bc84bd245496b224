/**
 * Pictures of the staff screens for the README, in Chinese and in English:
 * the staff list with the certificates due, and the shift templates with the
 * day codes, 1280×800, written to resources/screenshots/{staff-list,shifts}-{zh,en}.png.
 * The data is the deterministic demo center (a fixed seed and date). Run after
 * `npx electron-vite build`:
 *   npx tsx tests/e2e/staff-screenshots.ts
 */
import path from 'node:path';
import { toIsoDate } from '../../shared/domain/dates';
import { seedDemo } from '../../electron/core/demo';
import { visible } from './harness';
import type { SystemLocale } from './harness';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';

const VIEWPORT = { width: 1280, height: 800 };
const LOCALES: [SystemLocale, string][] = [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
];
/**
 * A small center whose "today" is the real one: the certificates due are
 * counted from today, so the demo's expired and expiring papers show as such.
 */
const DEMO = { seed: 7, years: 1, beds: 20, members: 4, today: toIsoDate(new Date()) };

runScreenshots(async (suite) => {
  for (const [locale, suffix] of LOCALES) {
    const options = {
      locale,
      viewport: VIEWPORT,
      parentName: 'township-care-staff-screenshots',
      prepare: (dataDir: string) => seedDemo(dataDir, DEMO).then(() => undefined),
    };
    await withFixedFolder(suite, options, async (session) => {
      const { page } = session;
      await session.open();
      await page.getByTestId('nav-staff').click();
      await visible(page.getByTestId('staff-row').first());
      await visible(page.getByTestId('due-row').first());
      await page.getByTestId('staff-search').blur();
      await shoot(page, path.join(SCREENSHOT_DIR, `staff-list-${suffix}.png`));

      await page.getByTestId('staff-shifts').click();
      await visible(page.getByTestId('shift-table').locator('tbody tr').first());
      await visible(page.getByTestId('daycode-table').locator('tbody tr').first());
      await shoot(page, path.join(SCREENSHOT_DIR, `shifts-${suffix}.png`));
    });
  }
});
