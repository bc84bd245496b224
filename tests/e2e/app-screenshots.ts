/**
 * `npm run screenshots`: pictures of the app for the README, in Chinese and in
 * English: first-run setup, Home and Settings, 1280×800, written to
 * resources/screenshots/<page>-<language>.png. Each picture starts from a fresh
 * data folder with one sample center, so they look the same on every run.
 */
import path from 'node:path';
import { setUpCenter, visible } from './harness';
import type { SystemLocale } from './harness';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';

const VIEWPORT = { width: 1280, height: 800 };
const LOCALES: SystemLocale[] = ['zh-CN', 'en-US'];

runScreenshots(async (suite) => {
  for (const locale of LOCALES) {
    const folder = { locale, viewport: VIEWPORT, parentName: 'township-care-screenshots' };
    const name = (page: string) =>
      path.join(SCREENSHOT_DIR, `${page}-${locale === 'zh-CN' ? 'zh-CN' : 'en'}.png`);

    await withFixedFolder(suite, folder, async (session) => {
      await session.open();
      await visible(session.page.getByTestId('center-form'));
      // The cursor stays in the first field, as a user finds it. (Leaving the field would mark it "required".)
      await shoot(session.page, name('setup'));
    });

    await withFixedFolder(suite, folder, async (session) => {
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
});
