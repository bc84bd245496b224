/**
 * Pictures of the elders screens for the README, in Chinese and in English:
 * the list and one person's page, 1280×800, written to
 * resources/screenshots/{people-list,person}-{zh,en}.png. The data is the
 * deterministic demo center (a fixed seed and date), so the pictures are the
 * same on every run. Run after `npx electron-vite build`:
 *   npx tsx tests/e2e/people-screenshots.ts
 */
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { seedDemo } from '../../electron/core/demo';
import { ROOT, hasText, openSuite, startSession, visible } from './harness';
import type { AppSession, Suite, SystemLocale } from './harness';

const OUT_DIR = path.join(ROOT, 'resources', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const LOCALES: [SystemLocale, string][] = [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
];
/** About twenty elders: enough to fill the list, few enough to read. */
const DEMO = { seed: 7, years: 2, beds: 8, members: 4, today: '2026-11-20' };

async function shoot(page: Page, file: string): Promise<void> {
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  process.stdout.write(`${path.relative(ROOT, file)}\n`);
}

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

async function withDemo(suite: Suite, locale: SystemLocale, run: (session: AppSession) => Promise<void>) {
  const parent = path.join(tmpdir(), 'township-care-people-screenshots');
  const dataDir = path.join(parent, 'TownshipCare');
  await rm(parent, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await seedDemo(dataDir, DEMO);
  const session = await startSession(suite, { locale, viewport: VIEWPORT, dataDir });
  try {
    await run(session);
  } finally {
    await session.close();
    await rm(parent, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const suite = await openSuite();
  try {
    for (const [locale, suffix] of LOCALES) {
      await withDemo(suite, locale, async (session) => {
        const { page } = session;
        await session.open();
        await page.getByTestId('nav-people').click();
        await visible(page.getByTestId('people-row').first());
        // The search box has the cursor on arrival; without it the picture shows the placeholder plainly.
        await page.getByTestId('people-search').blur();
        await shoot(page, path.join(OUT_DIR, `people-list-${suffix}.png`));

        const person = await personWithHistory(session);
        await page.goto(`${session.server().url.replace(/#.*$/, '')}#/people/${person.id}`);
        await hasText(page.getByTestId('person-name'), person.name);
        await visible(page.getByTestId('assessment-history'));
        await shoot(page, path.join(OUT_DIR, `person-${suffix}.png`));
      });
    }
  } finally {
    await suite.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
