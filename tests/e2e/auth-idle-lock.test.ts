/**
 * The idle lock and the quick switch at shift change: after the set minutes
 * without a key or the mouse the screen locks over the page; the same user's
 * password brings the page back as it was; another user signing in starts on
 * the home page with nothing of the previous account's data in view.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gone, hasText, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { accounts, addAccount, fillSignIn, signInOnPage, signOutApi } from './auth-helpers';
import { addPerson } from './people-helpers';

const e2e = useE2E();

/** Idle lock after one minute (the shortest the settings allow). */
async function lockAfterOneMinute(session: AppSession): Promise<void> {
  const current = (await session.api('settings.get')).body.value as Record<string, unknown>;
  const { updatedAt: _updatedAt, ...input } = current;
  const saved = await session.api('settings.save', { ...input, idleLockMinutes: 1 });
  if (!saved.body.ok) throw new Error(`settings.save failed: ${JSON.stringify(saved.body)}`);
}

async function idleFor(page: Page, time: string): Promise<void> {
  await page.clock.fastForward(time);
}

describe('the idle lock', () => {
  it('locks after the idle minutes, keeps the page, and the same password brings it back', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    const people = accounts('zh-CN');
    await setUpCenter(session);
    await lockAfterOneMinute(session);
    const personId = await addPerson(session, { name: '张三丰', sex: 'male', birthDate: '1950-03-08' });
    await signOutApi(session);
    // The page's clock is Playwright's, so a minute passes without waiting for it.
    await page.clock.install();
    await session.open();
    await signInOnPage(page, people.admin);
    await page.goto(`${session.server().url.replace(/#\/$/, '')}#/people/${personId}`);
    await visible(page.getByTestId('person-name'));

    // Activity puts the lock off: 40 s idle, a key, 40 s idle again is not a minute.
    await idleFor(page, '00:40');
    await page.keyboard.press('Shift');
    await idleFor(page, '00:40');
    await expect(page.getByTestId('lock-overlay').count()).resolves.toBe(0);

    await idleFor(page, '00:30');
    const overlay = await visible(page.getByTestId('lock-overlay'));
    await hasText(overlay.getByRole('heading'), tr('zh-CN', 'auth:lock.title'));
    expect((await session.api('auth.state')).body.value).toMatchObject({
      user: null,
      lockedUser: { username: people.admin.username },
    });
    // The core answers nothing for the page meanwhile.
    expect((await session.api('people.get', { id: personId })).body.error?.code).toBe('auth.required');
    // The page is still underneath.
    await visible(page.getByTestId('person-name'));

    await page.getByTestId('sign-in-password').fill('wrong-password-1');
    await page.getByTestId('sign-in-password').press('Enter');
    await hasText(page.getByTestId('sign-in-password-error'), tr('zh-CN', 'errors:auth.badCredentials'));
    await page.getByTestId('sign-in-password').fill(people.admin.password);
    await page.getByTestId('sign-in-password').press('Enter');
    await gone(page.getByTestId('lock-overlay'));
    await hasText(page.getByTestId('person-name'), '张三丰');
    expect(page.url()).toContain(`#/people/${personId}`);
  });
});

describe('the quick switch at shift change', () => {
  it('lets another user sign in over the lock, who starts on Home with their own menu', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    const people = accounts('en');
    await setUpCenter(session);
    await addAccount(session, people.staff);
    await signOutApi(session);
    await session.open();
    await signInOnPage(page, people.admin);
    await page.getByTestId('nav-users').click();
    await visible(page.getByTestId('users-page'));

    // The admin hands over: "switch user" locks the screen.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('user-menu-switch').click();
    await visible(page.getByTestId('lock-overlay'));
    await page.getByTestId('lock-another-user').click();
    await fillSignIn(page, people.staff);
    await page.getByTestId('sign-in-password').press('Enter');

    await gone(page.getByTestId('lock-overlay'));
    await visible(page.getByTestId('home-page'));
    await hasText(page.getByTestId('user-menu'), people.staff.displayName);
    // Nothing of the admin's pages stays in reach: no accounts, no settings.
    await gone(page.getByTestId('users-page'));
    await gone(page.getByTestId('nav-users'));
    await gone(page.getByTestId('nav-settings'));
  });
});
