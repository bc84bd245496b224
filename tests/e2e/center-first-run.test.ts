/**
 * First-run setup in the system's language: the first administrator, then the
 * center. The forms speak Chinese on a Chinese system and English on an
 * English one, saving shows the center on Home, and the profile and the
 * account really land in the data folder (the account without its password).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../electron/core/ipc/session';
import { CenterSetupInputSchema } from '../../shared/schema';
import {
  chooseOption,
  containsText,
  fillCenterForm,
  gone,
  hasText,
  sampleCenter,
  setUpCenter,
  tr,
  visible,
} from './harness';
import type { SystemLocale } from './harness';
import { quietLogger } from './harness';
import { useE2E } from './use-e2e';
import { accounts } from './auth-helpers';
import type { Account } from './auth-helpers';
import type { Page } from 'playwright-core';

const HAN = /\p{Script=Han}/u;
const ASCII_ONLY = /^[\x20-\x7E]+$/;

const e2e = useE2E();

/** Fills the first-administrator step (the password typed twice). */
async function fillFirstAdmin(page: Page, admin: Account, again = admin.password): Promise<void> {
  await page.getByTestId('first-admin-username').fill(admin.username);
  await page.getByTestId('first-admin-displayName').fill(admin.displayName);
  await page.getByTestId('first-admin-password').fill(admin.password);
  await page.getByTestId('first-admin-passwordAgain').fill(again);
}

describe.each<{ locale: SystemLocale; script: RegExp; submit: 'click' | 'Enter' }>([
  { locale: 'zh-CN', script: HAN, submit: 'click' },
  // Staff who type fast press Enter; the form must take that as "save".
  { locale: 'en-US', script: ASCII_ONLY, submit: 'Enter' },
])('first-run setup on a $locale system', ({ locale, script, submit }) => {
  it(`labels the form in that language, saves the center (${submit}) and shows it on Home`, async () => {
    const session = await e2e.start({ locale, signedOut: true });
    const { page, language } = session;
    await session.open();

    const setup = page.getByTestId('setup-page');
    await visible(setup.getByRole('heading', { name: tr(language, 'setup:title') }));

    // Step 1: the first administrator; the passwords must agree, said beside the second one.
    await containsText(page.getByTestId('setup-steps'), tr(language, 'setup:steps.admin'));
    const admin = accounts(language).admin;
    await visible(page.getByLabel(tr(language, 'auth:firstAdmin.username'), { exact: true }));
    await fillFirstAdmin(page, admin, `${admin.password}x`);
    await page.getByTestId('first-admin-submit').click();
    await hasText(
      page.getByTestId('first-admin-passwordAgain-error'),
      tr(language, 'errors:validation.user.passwordsDiffer'),
    );
    await page.getByTestId('first-admin-passwordAgain').fill(admin.password);
    await page.getByTestId('first-admin-passwordAgain').press('Enter');

    // Step 2: the center, by the administrator now signed in.
    await visible(page.getByTestId('center-form'));
    for (const field of [
      'name',
      'county',
      'township',
      'licenceNumber',
      'contactPerson',
      'phone',
      'address',
    ]) {
      const label = tr(language, `setup:center.fields.${field}`);
      expect(label).toMatch(script);
      // The label is tied to its input, so a screen reader announces it in that language too.
      const input = await visible(page.getByLabel(label, { exact: true }));
      expect(await input.getAttribute('data-testid')).toBe(`center-field-${field}`);
    }
    await hasText(page.getByTestId('center-submit'), tr(language, 'setup:submit'));
    expect(await page.locator('html').getAttribute('lang')).toMatch(language === 'en' ? /^en/ : /^zh/);

    const center = sampleCenter(language);
    await fillCenterForm(page, center);
    if (submit === 'Enter') await page.getByTestId('center-field-beds-dayCare').press('Enter');
    else await page.getByTestId('center-submit').click();

    await visible(page.getByTestId('home-page'));
    await hasText(page.getByTestId('header-center-name'), center.name);
    await containsText(page.getByTestId('home-center'), center.contactPerson);
    await containsText(page.getByTestId('home-center'), center.phone);
    await hasText(page.getByTestId('nav-settings'), tr(language, 'app:nav.settings'));
    await hasText(page.getByTestId('user-menu'), admin.displayName);

    // The account is kept without its password; the password is only in the credentials file, hashed.
    await session.readCore(); // core.json caught up with the log
    const coreText = await readFile(path.join(session.dataDir, 'core.json'), 'utf8');
    expect(coreText).toContain(admin.username);
    expect(coreText).not.toContain(admin.password);

    // Stored for real: on disk, and through the API the renderer uses.
    const core = await session.readCore();
    expect(core.center).toMatchObject({ name: center.name, phone: center.phone, beds: center.beds });
    const fromApi = await session.api('center.get');
    expect(fromApi.body).toMatchObject({
      ok: true,
      value: { name: center.name, licenceNumber: center.licenceNumber },
    });

    // A reload goes straight to Home: setup is done once.
    await page.reload();
    await visible(page.getByTestId('home-page'));
    await gone(page.getByTestId('setup-page'));
  });
});

describe('an address that does not exist', () => {
  it("says so in the user's language and leads back Home", async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await page.goto(session.server().url.replace(/#\/$/, '#/no-such-page'));

    await visible(page.getByText(tr('zh-CN', 'app:notFound.title')));
    await page.getByRole('button', { name: tr('zh-CN', 'app:notFound.back') }).click();
    await visible(page.getByTestId('home-page'));
  });
});

describe('choosing the language on the setup page', () => {
  it('relabels the form at once and keeps the choice after setup', async () => {
    const session = await e2e.start({ locale: 'zh-CN', signedOut: true });
    const { page } = session;
    await session.open();
    await visible(page.getByTestId('first-admin-form'));
    await fillFirstAdmin(page, accounts('zh-CN').admin);
    await page.getByTestId('first-admin-submit').click();
    await visible(page.getByLabel(tr('zh-CN', 'setup:center.fields.name'), { exact: true }));

    const saved = page.waitForResponse((response) => response.url().endsWith('/api/app.setLanguage'));
    await chooseOption(page, 'setup-language', tr('zh-CN', 'common:language.en'));
    await saved;
    await visible(page.getByLabel(tr('en', 'setup:center.fields.name'), { exact: true }));
    await hasText(page.getByTestId('center-submit'), tr('en', 'setup:submit'));

    await fillCenterForm(page, sampleCenter('en'));
    await page.getByTestId('center-submit').click();
    await hasText(page.getByTestId('nav-settings'), tr('en', 'app:nav.settings'));
    expect((await session.readCore()).settings.language).toBe('en');
  });
});

describe('a data folder from before accounts', () => {
  it('asks only for the first administrator, then opens Home with the center as it was', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'care-e2e-no-users-'));
    try {
      // A folder whose center was set up before accounts existed: written by the core directly.
      const center = sampleCenter('en');
      const core = await openSession({ dataDir, version: 'test', systemLanguage: 'en', log: quietLogger() });
      await core.handlers['center.save'](CenterSetupInputSchema.parse(center));
      await core.close();

      const session = await e2e.start({ locale: 'en-US', dataDir, signedOut: true });
      const { page } = session;
      await session.open();
      await visible(page.getByTestId('first-admin-form'));
      // One step only: no step list, no center form.
      await gone(page.getByTestId('setup-steps'));
      await gone(page.getByTestId('center-form'));

      const admin = accounts('en').admin;
      await fillFirstAdmin(page, admin);
      await page.getByTestId('first-admin-submit').click();
      await visible(page.getByTestId('home-page'));
      await hasText(page.getByTestId('header-center-name'), center.name);
      await hasText(page.getByTestId('user-menu'), admin.displayName);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('goes to sign-in, not setup, once an account exists', async () => {
    // The harness made the first administrator and signed in; signing out leaves an account behind.
    const session = await e2e.start({ locale: 'en-US' });
    await session.api('auth.signOut');
    await session.open();
    await visible(session.page.getByTestId('sign-in-page'));
    await gone(session.page.getByTestId('setup-page'));
  });
});
