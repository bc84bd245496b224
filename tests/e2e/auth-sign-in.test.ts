/**
 * Signing in on the shared PC, in Chinese and in English: the center's name on
 * the screen, a wrong password said beside the password in the user's
 * language, Enter signs in, the recent users for a quick switch, and signing
 * out from the header's user menu.
 */
import { describe, expect, it } from 'vitest';
import { containsText, gone, hasText, setUpCenter, sampleCenter, tr, visible } from './harness';
import type { SystemLocale } from './harness';
import { useE2E } from './use-e2e';
import { accounts, addAccount, signInOnPage, signOutApi } from './auth-helpers';

const e2e = useE2E();

describe.each<{ locale: SystemLocale }>([{ locale: 'zh-CN' }, { locale: 'en-US' }])(
  'signing in on a $locale system',
  ({ locale }) => {
    it('names the center, puts a wrong password beside its field, and signs in with Enter', async () => {
      const session = await e2e.start({ locale });
      const { page, language } = session;
      await setUpCenter(session);
      const staff = accounts(language).staff;
      await addAccount(session, staff);
      await signOutApi(session);
      await session.open();

      const signIn = page.getByTestId('sign-in-page');
      await visible(signIn.getByRole('heading', { name: tr(language, 'auth:signIn.title') }));
      await hasText(page.getByTestId('auth-center-name'), sampleCenter(language).name);
      // The labels are tied to their boxes, in the user's language.
      await visible(page.getByLabel(tr(language, 'auth:signIn.username'), { exact: true }));
      await visible(page.getByLabel(tr(language, 'auth:signIn.password'), { exact: true }));
      // The cursor starts in the user name.
      await page.keyboard.type(staff.username);
      expect(await page.getByTestId('sign-in-username').inputValue()).toBe(staff.username);

      await page.getByTestId('sign-in-password').fill('not-the-password');
      await page.getByTestId('sign-in-password').press('Enter');
      await hasText(page.getByTestId('sign-in-password-error'), tr(language, 'errors:auth.badCredentials'));
      // Said once, beside the field: no notification repeats it.
      expect(await page.locator('.ant-notification-notice').count()).toBe(0);
      await visible(signIn);

      await page.getByTestId('sign-in-password').fill(staff.password);
      await page.getByTestId('sign-in-password').press('Enter');
      await visible(page.getByTestId('home-page'));
      await hasText(page.getByTestId('user-menu'), staff.displayName);
      const state = await session.api('auth.state');
      expect(state.body.value).toMatchObject({ user: { username: staff.username, role: 'staff' } });
    });
  },
);

describe('the language switch on the sign-in screen', () => {
  it('relabels the form at once', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await signOutApi(session);
    await session.open();
    await visible(page.getByLabel(tr('zh-CN', 'auth:signIn.password'), { exact: true }));
    await page.getByTestId('sign-in-page-language').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: tr('zh-CN', 'common:language.en'),
      })
      .click();
    await visible(page.getByLabel(tr('en', 'auth:signIn.password'), { exact: true }));
    await hasText(page.getByTestId('sign-in-submit'), tr('en', 'auth:signIn.submit'));
  });
});

describe('quick switch and signing out', () => {
  it('lists the recent users; picking one puts the cursor in the password', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    const people = accounts('zh-CN');
    await setUpCenter(session);
    await addAccount(session, people.staff);
    await addAccount(session, people.manager);
    await signOutApi(session);
    await session.open();

    // The admin signs in on the page, then signs out from the user menu.
    await signInOnPage(page, people.admin);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-menu-sign-out').click();
    await visible(page.getByTestId('sign-in-page'));
    expect((await session.api('auth.state')).body.value).toMatchObject({ user: null, lockedUser: null });

    // The admin is now on the recent list; the nurse picks her own name at shift change.
    await signInOnPage(page, people.staff);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-menu-sign-out').click();
    const recent = page.getByTestId('sign-in-recent');
    await containsText(recent, people.admin.displayName);
    await page.getByTestId(`sign-in-recent-${people.admin.username}`).click();
    expect(await page.getByTestId('sign-in-username').inputValue()).toBe(people.admin.username);
    // Focus is in the password box: typing goes there.
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('sign-in-password');
    await page.keyboard.type(people.admin.password);
    expect(await page.getByTestId('sign-in-password').inputValue()).toBe(people.admin.password);
    expect(await page.getByTestId('sign-in-username').inputValue()).toBe(people.admin.username);
    await page.keyboard.press('Enter');
    await hasText(page.getByTestId('user-menu'), people.admin.displayName);
    await gone(page.getByTestId('sign-in-page'));
  });

  it('changes one’s own password: the current one must be right, beside its field', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    const staff = accounts('en').staff;
    await setUpCenter(session);
    await addAccount(session, staff);
    await signOutApi(session);
    await session.open();
    await signInOnPage(page, staff);

    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-menu-password').click();
    await page.getByTestId('change-password-currentPassword').fill('wrong-current-1');
    await page.getByTestId('change-password-newPassword').fill('Brand-new-pass-26');
    await page.getByTestId('change-password-newPasswordAgain').fill('Brand-new-pass-26');
    await page.getByTestId('change-password-submit').click();
    await hasText(
      page.getByTestId('change-password-currentPassword-error'),
      tr('en', 'errors:auth.wrongPassword'),
    );

    await page.getByTestId('change-password-currentPassword').fill(staff.password);
    await page.getByTestId('change-password-submit').click();
    await gone(page.getByTestId('change-password-dialog'));

    // The new password signs in; the old one no longer does.
    await signOutApi(session);
    const old = await session.api('auth.signIn', { username: staff.username, password: staff.password });
    expect(old.body.error?.code).toBe('auth.badCredentials');
    const fresh = await session.api('auth.signIn', {
      username: staff.username,
      password: 'Brand-new-pass-26',
    });
    expect(fresh.body.ok).toBe(true);
  });
});
