/**
 * Pictures of the elders screens for the README, in Chinese and in English:
 * the list, one person's page and the reassessment-due list, 1280×800, written to
 * resources/screenshots/{people-list,person,due}-{zh,en}.png. The data is the
 * deterministic demo center (a fixed seed and date), so the pictures are the
 * same on every run. Run after `npx electron-vite build`:
 *   npx tsx tests/e2e/people-screenshots.ts
 */
import path from 'node:path';
import { seedDemo } from '../../electron/core/demo';
import { hasText, visible } from './harness';
import type { AppSession, SystemLocale } from './harness';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';

const VIEWPORT = { width: 1280, height: 800 };
const LOCALES: [SystemLocale, string][] = [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
];
/** About twenty elders: enough to fill the list, few enough to read. */
const DEMO = { seed: 7, years: 2, beds: 8, members: 4, today: '2026-11-20' };

interface ListAnswer {
  items: { id: string; name: string; abilityLevel: number | null }[];
}
interface DetailAnswer {
  abilityAssessments: unknown[];
  riskAssessments: unknown[];
}

/** Someone with a few ability assessments and a risk assessment, so the page shows its history. */
async function personWithHistory(session: AppSession): Promise<{ id: string; name: string }> {
  const list = await session.api('people.list', { status: 'active', limit: 100 });
  if (!list.body.ok) throw new Error(`people.list failed: ${JSON.stringify(list.body)}`);
  let best: { id: string; name: string; score: number } | null = null;
  for (const item of (list.body.value as ListAnswer).items) {
    const detail = await session.api('people.get', { id: item.id });
    if (!detail.body.ok) continue;
    const value = detail.body.value as DetailAnswer;
    const score =
      Math.min(value.abilityAssessments.length, 4) * 2 + Math.min(value.riskAssessments.length, 1);
    if (!best || score > best.score) best = { id: item.id, name: item.name, score };
  }
  if (!best) throw new Error('the demo has no people');
  return best;
}

runScreenshots(async (suite) => {
  for (const [locale, suffix] of LOCALES) {
    const options = {
      locale,
      viewport: VIEWPORT,
      parentName: 'township-care-people-screenshots',
      prepare: (dataDir: string) => seedDemo(dataDir, DEMO).then(() => undefined),
    };
    await withFixedFolder(suite, options, async (session) => {
      const { page } = session;
      await session.open();
      await page.getByTestId('nav-people').click();
      await visible(page.getByTestId('people-row').first());
      // The search box has the cursor on arrival; without it the picture shows the placeholder plainly.
      await page.getByTestId('people-search').blur();
      await shoot(page, path.join(SCREENSHOT_DIR, `people-list-${suffix}.png`));

      const person = await personWithHistory(session);
      await page.goto(`${session.server().url.replace(/#.*$/, '')}#/people/${person.id}`);
      await hasText(page.getByTestId('person-name'), person.name);
      await visible(page.getByTestId('assessment-history'));
      await shoot(page, path.join(SCREENSHOT_DIR, `person-${suffix}.png`));

      await page.goto(`${session.server().url.replace(/#.*$/, '')}#/assessments/due`);
      await visible(page.getByTestId('due-row').first());
      await shoot(page, path.join(SCREENSHOT_DIR, `due-${suffix}.png`));
    });
  }
});
