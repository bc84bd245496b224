/**
 * The accounts page (administrators): add an account with the password typed
 * twice (a mismatch and a taken name said beside their fields), disable one
 * after a confirmation (it can no longer sign in), reset a password, and
 * unlock an account slowed down by failed sign-ins.
 */
import { describe, expect, it } from 'vitest';
import { containsText, gone, hasText, setUpCenter, tr, visible, chooseOption } from './harness';
import { useE2E } from './use-e2e';
import { accounts, addAccount } from './auth-helpers';

const e2e = useE2E();

describe('the accounts page', () => {
  it('adds an account, refusing a mismatch and a taken name beside the field', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    const people = accounts('zh-CN');
    await setUpCenter(session);
    await session.open();
    await page.getByTestId('nav-users').click();
    await visible(page.getByTestId(`user-row-${people.admin.username}`));

    await page.getByTestId('user-add').click();
    const dialog = await visible(page.getByTestId('user-form'));
    await page.getByTestId('user-field-username').fill(people.admin.username);
    await page.getByTestId('user-field-displayName').fill(people.staff.displayName);
    await chooseOption(page, 'user-field-role', tr('zh-CN', 'auth:roles.staff'));
    await page.getByTestId('user-field-password').fill(people.staff.password);
    await page.getByTestId('user-field-passwordAgain').fill('something-else-1');
    await page.getByTestId('user-form-submit').click();
    await hasText(
      page.getByTestId('user-field-passwordAgain-error'),
      tr('zh-CN', 'errors:validation.user.passwordsDiffer'),
    );

    // The name is taken by the admin: the core says so beside the user name.
    await page.getByTestId('user-field-passwordAgain').fill(people.staff.password);
    await page.getByTestId('user-form-submit').click();
    await visible(page.getByTestId('user-field-username-error'));
    await visible(dialog);

    await page.getByTestId('user-field-username').fill(people.staff.username);
    await page.getByTestId('user-form-submit').click();
    await gone(page.getByTestId('user-form-dialog'));
    const row = await visible(page.getByTestId(`user-row-${people.staff.username}`));
    await containsText(row, people.staff.displayName);
    await containsText(row, tr('zh-CN', 'auth:roles.staff'));
    await containsText(row, tr('zh-CN', 'users:never'));

    const signIn = await session.api('auth.signIn', {
      username: people.staff.username,
      password: people.staff.password,
    });
    expect(signIn.body.ok).toBe(true);
  });

  it('disables an account after a confirmation, and it can no longer sign in', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    const people = accounts('en');
    await setUpCenter(session);
    await addAccount(session, people.staff);
    await session.open();
    await page.getByTestId('nav-users').click();

    await page.getByTestId(`user-toggle-${people.staff.username}`).click();
    await hasText(
      page.locator('.ant-modal-confirm-title'),
      tr('en', 'users:disable.title', { name: people.staff.displayName }),
    );
    await page.getByTestId('disable-confirm').click();
    await visible(page.getByTestId(`user-disabled-${people.staff.username}`));

    // Signing in is refused with its own message; the account is still listed (never deleted).
    const answer = await session.api('auth.signIn', {
      username: people.staff.username,
      password: people.staff.password,
    });
    expect(answer.body.error?.code).toBe('auth.disabled');
    expect(answer.body.error?.message).toBe(tr('en', 'errors:auth.disabled'));
  });

  it('resets a password and unlocks an account slowed down by failed sign-ins', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    const people = accounts('en');
    await setUpCenter(session);
    await addAccount(session, people.staff);
    // Three wrong passwords: the next try must wait.
    for (let i = 0; i < 3; i++) {
      const wrong = await session.api('auth.signIn', {
        username: people.staff.username,
        password: `wrong-${i}-pass`,
      });
      expect(wrong.body.error?.code).toBe('auth.badCredentials');
    }
    const throttled = await session.api('auth.signIn', {
      username: people.staff.username,
      password: people.staff.password,
    });
    expect(throttled.body.error?.code).toBe('auth.throttled');
    // The failed tries signed the admin out of this session: sign in again.
    await session.api('auth.signIn', { username: people.admin.username, password: people.admin.password });
    await session.open();
    await page.getByTestId('nav-users').click();

    await containsText(
      page.getByTestId(`user-failed-${people.staff.username}`),
      tr('en', 'users:status.failed', { attempts: 3 }),
    );
    await page.getByTestId(`user-unlock-${people.staff.username}`).click();
    await gone(page.getByTestId(`user-unlock-${people.staff.username}`));
    await gone(page.getByTestId(`user-failed-${people.staff.username}`));

    await page.getByTestId(`user-reset-${people.staff.username}`).click();
    await page.getByTestId('reset-field-password').fill('Reset-by-admin-26');
    await page.getByTestId('reset-field-passwordAgain').fill('Reset-by-admin-26');
    await page.getByTestId('reset-submit').click();
    await gone(page.getByTestId('reset-password-dialog'));

    const signIn = await session.api('auth.signIn', {
      username: people.staff.username,
      password: 'Reset-by-admin-26',
    });
    expect(signIn.body.ok).toBe(true);
  });
});
