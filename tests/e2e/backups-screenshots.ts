/**
 * Pictures of "restore from a file" for the README, in Chinese and in English, 1280×800:
 * resources/screenshots/backup-file-{zh,en}.png. A backup of a center with three elders is
 * chosen as a file; the confirmation shows what it holds before anything is replaced.
 * Run: `npx electron-vite build && npx tsx tests/e2e/backups-screenshots.ts`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { emptyHealth } from '../../shared/schema';
import { setUpCenter, visible } from './harness';
import type { AppSession, SystemLocale } from './harness';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';

const VIEWPORT = { width: 1280, height: 800 };
const PICTURES: { locale: SystemLocale; file: string; names: string[] }[] = [
  { locale: 'zh-CN', file: 'backup-file-zh.png', names: ['张桂英', '李德福', '王秀珍'] },
  { locale: 'en-US', file: 'backup-file-en.png', names: ['Zhang Guiying', 'Li Defu', 'Wang Xiuzhen'] },
];

async function addElders(session: AppSession, names: string[]): Promise<void> {
  for (const [index, name] of names.entries()) {
    const answer = await session.api('people.create', {
      name,
      sex: index % 2 === 0 ? 'female' : 'male',
      birthDate: `194${index + 1}-0${index + 3}-1${index}`,
      village: '青山村',
      phone: `1381234567${index}`,
      emergencyContacts: [],
      health: emptyHealth(),
      categories: [{ category: 'ordinary', from: '2024-01-01' }],
      services: ['dayCare'],
    });
    if (!answer.body.ok) throw new Error(`people.create failed: ${JSON.stringify(answer.body)}`);
  }
}

runScreenshots(async (suite) => {
  for (const picture of PICTURES) {
    const folder = { locale: picture.locale, viewport: VIEWPORT, parentName: 'township-care-backup-shots' };
    await withFixedFolder(suite, folder, async (session) => {
      await setUpCenter(session);
      await addElders(session, picture.names);
      const created = await session.api('backups.create');
      if (!created.body.ok) throw new Error(`backups.create failed: ${JSON.stringify(created.body)}`);
      const file = (created.body.value as { file: string }).file;
      await session.open();
      const { page } = session;
      await page.getByTestId('nav-settings').click();
      await visible(page.getByTestId('backup-row'));
      await page.getByTestId('backup-restore-file-input').setInputFiles({
        name: file,
        mimeType: 'application/gzip',
        buffer: await readFile(path.join(session.dataDir, 'backups', file)),
      });
      await visible(page.getByTestId('backup-file-summary'));
      // The dialog zooms in: wait until it has, or the picture catches it half-way.
      await page
        .locator('.ant-modal-root [class*="-appear"], .ant-modal-root [class*="-enter"]')
        .first()
        .waitFor({ state: 'detached' });
      await shoot(page, path.join(SCREENSHOT_DIR, picture.file));
    });
  }
});
