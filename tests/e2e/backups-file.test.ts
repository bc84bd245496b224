/**
 * A backup taken off the computer and brought back, in the browser preview: downloaded from
 * Settings, then uploaded and restored after a confirmation that shows what the file holds.
 * A file that is not a backup is refused beside the button and changes nothing.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { INCOMING_DIR } from '../../electron/core/backups/incoming-backups';
import { containsText, gone, hasText, sampleCenter, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { createBackupFromSettings } from './backups-steps';
import { useE2E } from './use-e2e';

const e2e = useE2E();
let stick: string | null = null;
afterEach(async () => {
  if (stick) await rm(stick, { recursive: true, force: true });
  stick = null;
});

async function stagedFiles(session: AppSession): Promise<string[]> {
  return readdir(path.join(session.dataDir, INCOMING_DIR)).catch(() => []);
}

/** Waits until the page's upload has been checked and answered. */
async function uploadFile(page: Page, file: string): Promise<void> {
  const answered = page.waitForResponse((response) => response.url().includes('/files/backup-upload'));
  await page.getByTestId('backup-restore-file-input').setInputFiles(file);
  await answered;
}

async function renameCenter(page: Page, name: string): Promise<void> {
  await page.getByTestId('settings-center').getByTestId('center-field-name').fill(name);
  await page.getByTestId('settings-center').getByTestId('center-submit').click();
  await hasText(page.getByTestId('header-center-name'), name);
}

describe('a backup file taken away and brought back', () => {
  it('downloads a backup, then restores it from the file after showing what it holds', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    const original = sampleCenter('zh-CN');
    await setUpCenter(session, original);
    await session.open();
    await page.getByTestId('nav-settings').click();
    await visible(page.getByTestId('backups-card'));
    const file = await createBackupFromSettings(page);

    // "Download" saves the backup itself, byte for byte.
    stick = await mkdtemp(path.join(tmpdir(), 'care-e2e-stick-'));
    const downloading = page.waitForEvent('download');
    await page.locator(`[data-testid="backup-download"][data-file="${file}"]`).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(file);
    const copy = path.join(stick, file);
    await download.saveAs(copy);
    expect((await readFile(copy)).equals(await readFile(path.join(session.dataDir, 'backups', file)))).toBe(
      true,
    );

    await renameCenter(page, '青山镇敬老院');

    // Not confirmed: nothing restored, and the staged copy is dropped.
    await uploadFile(page, copy);
    let dialog = await visible(page.getByRole('dialog'));
    await containsText(dialog, tr('zh-CN', 'settings:backups.fileConfirm.title'));
    await dialog.getByRole('button', { name: tr('zh-CN', 'common:actions.cancel') }).click();
    await gone(page.getByRole('dialog'));
    expect((await session.readCore()).center?.name).toBe('青山镇敬老院');
    await expect.poll(() => stagedFiles(session)).toEqual([]);

    // Confirmed: the dialog said whose data and how much, and that data comes back.
    await uploadFile(page, copy);
    dialog = await visible(page.getByRole('dialog'));
    await containsText(
      dialog.getByTestId('backup-file-center'),
      tr('zh-CN', 'settings:backups.fileConfirm.center', { name: original.name }),
    );
    await containsText(
      dialog.getByTestId('backup-file-counts'),
      tr('zh-CN', 'settings:backups.fileConfirm.counts', { people: 0, assessments: 0, photos: 0 }),
    );
    const restored = page.waitForResponse((response) =>
      response.url().endsWith('/api/backups.restoreStaged'),
    );
    await dialog.getByTestId('backup-file-restore-confirm').click();
    const answer = (await (await restored).json()) as { ok: boolean };
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    await gone(page.getByRole('dialog'));
    await hasText(page.getByTestId('header-center-name'), original.name);
    expect((await session.readCore()).center?.name).toBe(original.name);
    expect(await stagedFiles(session)).toEqual([]);
    // The data it replaced was saved first.
    const listed = (await session.api('backups.list')).body.value as { reason: string }[];
    expect(listed.some((backup) => backup.reason === 'before-restore')).toBe(true);
  });

  it('refuses a file that is not a backup, beside the button, and changes nothing', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await page.getByTestId('nav-settings').click();
    await visible(page.getByTestId('backups-card'));
    stick = await mkdtemp(path.join(tmpdir(), 'care-e2e-stick-'));
    const notBackup = path.join(stick, 'elders.xlsx');
    await writeFile(notBackup, 'PK\u0003\u0004 not a backup');
    await session.readCore(); // core.json caught up with the log: nothing else changes it from here
    const before = await readFile(path.join(session.dataDir, 'core.json'));

    await uploadFile(page, notBackup);
    const error = await visible(page.getByTestId('backup-file-error'));
    await containsText(error, tr('en', 'errors:backups.file.notBackup', { file: 'elders.xlsx' }));
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect((await readFile(path.join(session.dataDir, 'core.json'))).equals(before)).toBe(true);
    expect(await stagedFiles(session)).toEqual([]);
  });
});
