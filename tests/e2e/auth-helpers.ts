import { expect } from 'vitest';
/**
 * Accounts for the e2e tests: the first administrator and one account per
 * role, made through the API (the preview server's session is the page's, so
 * whoever the API signs in is signed in for the page too), and signing in on
 * the page as a user does.
 */
import type { Page } from 'playwright-core';
import type { Language } from '../../shared/i18n/types';
import type { UserRole } from '../../shared/schema/users';
import type { AppSession } from './harness';
import { E2E_ADMIN, visible } from './harness';

export interface Account {
  username: string;
  displayName: string;
  role: UserRole;
  password: string;
}

/** One account per role, with names in the user's language. */
export function accounts(language: Language): Record<UserRole, Account> {
  const zh = language === 'zh-CN';
  return {
    // The harness signs every session in as this administrator (created on a fresh folder).
    admin: { ...E2E_ADMIN, role: 'admin' },
    manager: {
      username: 'zhaomin',
      displayName: zh ? '赵敏' : 'Zhao Min',
      role: 'manager',
      password: 'Qingshan-manager-26',
    },
    staff: {
      username: 'liuhong',
      displayName: zh ? '刘红' : 'Liu Hong',
      role: 'staff',
      password: 'Qingshan-carer-26',
    },
    viewer: {
      username: 'inspector',
      displayName: zh ? '民政检查' : 'Inspector',
      role: 'viewer',
      password: 'Qingshan-viewer-26',
    },
  };
}

async function call(session: AppSession, channel: string, arg?: unknown): Promise<unknown> {
  const answer = await session.api(channel, arg);
  if (!answer.body.ok) throw new Error(`${channel} failed: ${JSON.stringify(answer.body)}`);
  return answer.body.value;
}

/** Adds an account while an administrator is signed in. Returns its id. */
export async function addAccount(session: AppSession, account: Account): Promise<string> {
  const user = (await call(session, 'users.create', {
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    staffId: null,
    password: account.password,
    passwordAgain: account.password,
  })) as { id: string };
  return user.id;
}

export async function signInApi(session: AppSession, account: Account): Promise<void> {
  await call(session, 'auth.signIn', { username: account.username, password: account.password });
}

export async function signOutApi(session: AppSession): Promise<void> {
  await call(session, 'auth.signOut');
}

/** Types the name and password on the sign-in screen and waits for the app's frame. */
export async function signInOnPage(
  page: Page,
  account: Pick<Account, 'username' | 'password'>,
): Promise<void> {
  await fillSignIn(page, account);
  await page.getByTestId('sign-in-password').press('Enter');
  await visible(page.getByTestId('sidebar'));
}

/**
 * Types a user name and password into the sign-in form (the page's or the
 * lock's), and waits until both boxes hold them, so Enter never submits a
 * form that a loaded machine has not finished updating.
 */
export async function fillSignIn(page: Page, account: Pick<Account, 'username' | 'password'>): Promise<void> {
  const username = page.getByTestId('sign-in-username');
  const password = page.getByTestId('sign-in-password');
  await username.fill(account.username);
  await password.fill(account.password);
  await expect.poll(() => username.inputValue()).toBe(account.username);
  await expect.poll(() => password.inputValue()).toBe(account.password);
}
