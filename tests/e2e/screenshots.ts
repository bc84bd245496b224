/**
 * `npm run screenshots`: pictures of the app for the README, in Chinese and in
 * English: first-run setup, Home and Settings, 1280×800, written to
 * resources/screenshots/<page>-<language>.png. Each picture starts from a fresh
 * data folder with one sample center, so they look the same on every run.
 */
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, openSuite, setUpCenter, startSession, visible } from './harness';
import type { AppSession, Suite, SystemLocale } from './harness';

const OUT_DIR = path.join(ROOT, 'resources', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const LOCALES: SystemLocale[] = ['zh-CN', 'en-US'];

/** Fonts loaded, no animation half-way, then the picture. */
async function shoot(page: Page, file: string): Promise<void> {
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  process.stdout.write(`${path.relative(ROOT, file)}\n`);
}

async function withSession(
  suite: Suite,
  locale: SystemLocale,
  run: (session: AppSession) => Promise<void>,
): Promise<void> {
  // Settings shows the data folder: a plain, fixed name keeps the pictures the same from run to run.
  const parent = path.join(tmpdir(), 'township-care-screenshots');
  const dataDir = path.join(parent, 'TownshipCare');
  await rm(parent, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
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
    for (const locale of LOCALES) {
      const name = (page: string) => path.join(OUT_DIR, `${page}-${locale === 'zh-CN' ? 'zh-CN' : 'en'}.png`);

      await withSession(suite, locale, async (session) => {
        await session.open();
        await visible(session.page.getByTestId('center-form'));
        // The cursor stays in the first field, as a user finds it. (Leaving the field would mark it "required".)
        await shoot(session.page, name('setup'));
      });

      await withSession(suite, locale, async (session) => {
        await setUpCenter(session);
        const backup = await session.api('backups.create');
        if (!backup.body.ok) throw new Error(`backups.create failed: ${JSON.stringify(backup.body)}`);
        await session.open();
        await visible(session.page.getByTestId('home-beds'));
        await visible(session.page.getByTestId('home-center'));
        await shoot(session.page, name('home'));

        await session.page.getByTestId('nav-settings').click();
        await visible(session.page.getByTestId('backup-row'));
        await visible(session.page.getByTestId('settings-data-dir'));
        await shoot(session.page, name('settings'));
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
