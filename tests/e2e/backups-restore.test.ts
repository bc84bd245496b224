/**
 * Backups from Settings: make one, change the data, restore it through the
 * confirmation dialog. The old data comes back, and the data just replaced is
 * itself kept as a 'before-restore' backup so the step can be undone.
 */
import { describe, expect, it } from 'vitest';
import { containsText, gone, hasText, sampleCenter, setUpCenter, tr, visible } from './harness';
import { createBackupFromSettings, restoreFromSettings } from './backups-steps';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('backup and restore', () => {
  it('brings back the old center name and keeps a before-restore backup', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    const original = sampleCenter('zh-CN');
    await setUpCenter(session, original);
    await session.open();
    await page.getByTestId('nav-settings').click();
    await visible(page.getByTestId('backups-card'));

    const file = await createBackupFromSettings(page);

    // Change the name in the settings form.
    const renamed = '青山镇敬老院';
    await page.getByTestId('settings-center').getByTestId('center-field-name').fill(renamed);
    await page.getByTestId('settings-center').getByTestId('center-submit').click();
    await hasText(page.getByTestId('header-center-name'), renamed);
    expect((await session.readCore()).center?.name).toBe(renamed);

    // Cancelling the dialog restores nothing.
    await page.locator(`[data-testid="backup-restore"][data-file="${file}"]`).click();
    const dialog = await visible(page.getByRole('dialog'));
    await dialog.getByRole('button', { name: tr('zh-CN', 'common:actions.cancel') }).click();
    await gone(page.getByRole('dialog'));
    expect((await session.readCore()).center?.name).toBe(renamed);

    await restoreFromSettings(page, file, 'zh-CN');

    await hasText(page.getByTestId('header-center-name'), original.name);
    expect(await page.getByTestId('settings-center').getByTestId('center-field-name').inputValue()).toBe(
      original.name,
    );
    expect((await session.readCore()).center?.name).toBe(original.name);

    // The replaced data was saved first, and is listed so the restore can be undone.
    const listed = await session.api('backups.list');
    expect(listed.body.ok).toBe(true);
    const files = (listed.body.value as { file: string }[]).map((b) => b.file);
    const safety = files.find((name) => name.includes('before-restore'));
    expect(safety, files.join(', ')).toBeDefined();
    const safetyRow = await visible(page.locator(`[data-testid="backup-row"][data-file="${safety}"]`));
    // Its reason is said in words, not as the generic "other".
    await containsText(safetyRow, tr('zh-CN', 'settings:backups.reason.before-restore'));
  });
});
