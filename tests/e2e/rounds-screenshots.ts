/**
 * Pictures of a round being recorded for the README, in Chinese and in
 * English, on a cheap 1366×768 screen: the demo center's residents, a few
 * marked by key, one needing attention with its note open, written to
 * resources/screenshots/round-record-{zh,en}.png. Run after `npx electron-vite build`:
 *   npx tsx tests/e2e/rounds-screenshots.ts
 */
import path from 'node:path';
import { toIsoDate } from '../../shared/domain/dates';
import { seedDemo } from '../../electron/core/demo';
import { visible } from './harness';
import type { SystemLocale } from './harness';
import { call } from './beds-helpers';
import { aMinuteAgo, openPath } from './rounds-helpers';
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
      parentName: 'township-care-rounds-screenshots',
      prepare: (dataDir: string) => seedDemo(dataDir, DEMO).then(() => undefined),
    };
    await withFixedFolder(suite, options, async (session) => {
      const { page } = session;
      const plan = await call<{ areas: { name: string }[] }>(session, 'rounds.plan');
      const area = plan.areas[0]?.name ?? '';
      const at = aMinuteAgo();
      await session.open();
      await openPath(session, `/rounds/new?area=${encodeURIComponent(area)}&date=${at.date}&time=${at.time}`);
      await visible(page.getByTestId('round-row').first());
      await page.getByTestId('round-grid').focus();
      for (const key of ['1', '1', '2', '1', '4']) await page.keyboard.press(key);
      await page.keyboard.press('n');
      await visible(page.getByTestId('round-note-input'));
      await page.keyboard.type(suffix === 'zh' ? '夜间咳嗽，已告知护士' : 'Coughing, nurse told');
      await page.keyboard.press('Enter');
      await page.keyboard.press('1');
      await shoot(page, path.join(SCREENSHOT_DIR, `round-record-${suffix}.png`));
    });
  }
});
