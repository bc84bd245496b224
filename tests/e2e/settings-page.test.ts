/**
 * Settings: the language choice changes the screens at once, is remembered in
 * the data folder and survives a reload; the data folder's location is shown.
 */
import { describe, expect, it } from 'vitest';
import { chooseOption, containsText, hasText, sampleCenter, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('settings', () => {
  it('switches the language to English, and it stays after a reload', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();

    await page.getByTestId('nav-settings').click();
    await visible(page.getByTestId('settings-page'));
    await hasText(page.getByRole('heading', { level: 1 }), tr('zh-CN', 'settings:title'));

    await switchLanguage(session, tr('en', 'common:language.en'));

    await hasText(page.getByRole('heading', { level: 1 }), tr('en', 'settings:title'));
    await hasText(page.getByTestId('nav-home'), tr('en', 'app:nav.home'));
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^en/);
    // Remembered in the data folder, not only in the page.
    await expectSavedLanguage(session, 'en');

    await page.reload();
    await visible(page.getByTestId('settings-page'));
    await hasText(page.getByRole('heading', { level: 1 }), tr('en', 'settings:title'));
    await hasText(page.getByTestId('nav-settings'), tr('en', 'app:nav.settings'));
    await containsText(page.getByTestId('settings-language'), tr('en', 'common:language.en'));

    // Back to "same as system" (Chinese here): the saved choice is cleared.
    await switchLanguage(
      session,
      tr('en', 'common:language.systemWith', { language: tr('en', 'common:language.zh-CN') }),
    );
    await hasText(page.getByRole('heading', { level: 1 }), tr('zh-CN', 'settings:title'));
    await expectSavedLanguage(session, null);
  });

  it('refuses a bad phone number when the profile is edited, and keeps the saved one', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    const center = sampleCenter('en');
    await setUpCenter(session, center);
    await session.open();
    await page.getByTestId('nav-settings').click();
    const form = page.getByTestId('settings-center');
    const auditBefore = await session.auditEntryCount();

    await form.getByTestId('center-field-phone').fill('call me');
    await form.getByTestId('center-submit').click();

    await hasText(form.getByTestId('center-field-phone-error'), tr('en', 'errors:validation.phone'));
    expect((await session.readCore()).center?.phone).toBe(center.phone);
    expect(await session.auditEntryCount()).toBe(auditBefore);
  });

  it('shows where the data folder is', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await page.getByTestId('nav-settings').click();

    await hasText(page.getByTestId('settings-data-dir'), session.dataDir);
    await containsText(page.getByTestId('settings-page'), tr('en', 'settings:dataFolder.title'));
  });
});

/** Picks a language in Settings and waits for the save the page makes in the background. */
async function switchLanguage(s: AppSession, optionText: string): Promise<void> {
  const saved = s.page.waitForResponse((response) => response.url().endsWith('/api/app.setLanguage'));
  await chooseOption(s.page, 'settings-language', optionText);
  expect(await (await saved).json()).toMatchObject({ ok: true });
}

async function expectSavedLanguage(s: AppSession, language: string | null): Promise<void> {
  const answer = await s.api('app.getState');
  expect(answer.body).toMatchObject({ ok: true, value: { languagePreference: language } });
  expect((await s.readCore()).settings.language ?? null).toBe(language);
}
