/** Backup steps in Settings, shared by the backup and read-only tests. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Language } from '../../shared/i18n/types';
import { containsText, gone, tr, visible } from './harness';

/** Clicks "back up now" and answers the new backup's file name once its row is listed. */
export async function createBackupFromSettings(page: Page): Promise<string> {
  const created = page.waitForResponse((response) => response.url().endsWith('/api/backups.create'));
  await page.getByTestId('backup-create').click();
  const answer = (await (await created).json()) as { ok: boolean; value?: { file: string } };
  expect(answer.ok, JSON.stringify(answer)).toBe(true);
  const file = answer.value?.file ?? '';
  await visible(page.locator(`[data-testid="backup-row"][data-file="${file}"]`));
  return file;
}

/** Restore button of one backup → the confirmation dialog → confirm. */
export async function restoreFromSettings(page: Page, file: string, language: Language): Promise<void> {
  await page.locator(`[data-testid="backup-restore"][data-file="${file}"]`).click();
  const dialog = await visible(page.getByRole('dialog'));
  await containsText(dialog, tr(language, 'settings:backups.confirm.title'));
  const restored = page.waitForResponse((response) => response.url().endsWith('/api/backups.restore'));
  await dialog.getByTestId('backup-restore-confirm').click();
  const answer = (await (await restored).json()) as { ok: boolean };
  expect(answer.ok, JSON.stringify(answer)).toBe(true);
  await gone(page.getByRole('dialog'));
}
