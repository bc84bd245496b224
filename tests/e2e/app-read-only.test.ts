/**
 * A data file that no longer parses: the app opens read-only, says which file
 * and why, refuses every change, keeps the broken file aside, and restoring a
 * backup (the way out it points to) brings the data and normal work back.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_ADMIN, containsText, gone, hasText, sampleCenter, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import { restoreFromSettings } from './backups-steps';
import { signInOnPage } from './auth-helpers';

const GARBAGE = '{"schemaVersion": 1, "center": {"name": "半截文件…';

const e2e = useE2E();

/** Every file under `dir`, recursively, with its text. */
async function filesUnder(dir: string): Promise<{ file: string; text: string }[]> {
  if (!existsSync(dir)) return [];
  const out: { file: string; text: string }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.push({ file, text: await readFile(file, 'utf8') });
  }
  return out;
}

describe('read-only notice', () => {
  it('shows the broken file, refuses saving, and restoring a backup clears it', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    const center = sampleCenter('zh-CN');
    await setUpCenter(session, center);
    const backup = await session.api('backups.create');
    expect(backup.body.ok, JSON.stringify(backup.body)).toBe(true);
    const backupFile = (backup.body.value as { file: string }).file;

    // Stop the app, break core.json, start again.
    await session.restartServer(() => writeFile(path.join(session.dataDir, 'core.json'), GARBAGE));

    const alert = await visible(page.getByTestId('readonly-alert'));
    await containsText(alert, tr('zh-CN', 'app:readOnly.title'));
    await containsText(page.getByTestId('readonly-files'), 'core.json');
    // The broken file is kept aside, never overwritten or thrown away.
    const kept = await filesUnder(path.join(session.dataDir, 'quarantine'));
    expect(
      kept.some((f) => f.text === GARBAGE),
      kept.map((f) => f.file).join(', '),
    ).toBe(true);

    // Saving is refused by the core…
    const auditBefore = await session.auditEntryCount();
    const refused = await session.api('center.save', { ...center, name: '不该保存的名字' });
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'store.readOnly' } });
    expect(refused.body.error?.message).toBe(tr('zh-CN', 'errors:store.readOnly'));
    expect(await session.auditEntryCount()).toBe(auditBefore);
    // …and not offered by the screens.
    await page.getByTestId('readonly-go-restore').click();
    await visible(page.getByTestId('settings-page'));
    expect(await page.getByTestId('settings-center').getByTestId('center-submit').isDisabled()).toBe(true);
    expect(await page.getByTestId('settings-center').getByTestId('center-field-name').isDisabled()).toBe(
      true,
    );
    // The notice stays in view on every page.
    await visible(page.getByTestId('readonly-alert'));

    // The way out: restore the backup made before the damage.
    await visible(page.getByTestId('backups-card'));
    await restoreFromSettings(page, backupFile, 'zh-CN');
    // The restore brought the accounts back: from now on sign-in is required again.
    await visible(page.getByTestId('sign-in-page'));
    await signInOnPage(page, E2E_ADMIN);

    await gone(page.getByTestId('readonly-alert'));
    await hasText(page.getByTestId('header-center-name'), center.name);
    expect((await session.readCore()).center?.name).toBe(center.name);
    const state = await session.api('app.getState');
    expect(state.body).toMatchObject({ ok: true, value: { readOnly: null, needsSetup: false } });

    // Work goes on: the form is enabled and saving is accepted again.
    await page.getByTestId('nav-settings').click();
    const nameField = page.getByTestId('settings-center').getByTestId('center-field-name');
    await visible(nameField);
    expect(await nameField.isDisabled()).toBe(false);
    expect((await session.api('center.save', { ...center, name: '青山镇敬老院' })).body.ok).toBe(true);
    await page.reload();
    await hasText(page.getByTestId('header-center-name'), '青山镇敬老院');
  });

  it('explains a data file from a newer version in English, and still lets the user switch language', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    const corePath = path.join(session.dataDir, 'core.json');
    await session.readCore(); // core.json holding the center saved above
    const fromNewerApp = JSON.stringify({
      ...JSON.parse(await readFile(corePath, 'utf8')),
      schemaVersion: 999,
    });

    await session.restartServer(() => writeFile(corePath, fromNewerApp));

    const alert = await visible(page.getByTestId('readonly-alert'));
    await containsText(alert, tr('en', 'app:readOnly.title'));
    await containsText(alert, tr('en', 'app:readOnly.reason.newerVersion'));
    await containsText(page.getByTestId('readonly-files'), 'core.json');
    await containsText(page.getByTestId('readonly-files'), tr('en', 'app:readOnly.problem.newerVersion'));
    // Nothing rewrote the newer file.
    expect(await readFile(corePath, 'utf8')).toBe(fromNewerApp);

    // The language can still be changed to read the notice (in the page only: nothing can be saved).
    await page.getByTestId('language-switch').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '中文' }).click();
    await containsText(page.getByTestId('readonly-alert'), tr('zh-CN', 'app:readOnly.reason.newerVersion'));
    await hasText(page.getByTestId('nav-settings'), tr('zh-CN', 'app:nav.settings'));
    expect(await readFile(corePath, 'utf8')).toBe(fromNewerApp);
  });
});
