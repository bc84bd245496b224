/**
 * First-run setup in the system's language: the form speaks Chinese on a
 * Chinese system and English on an English one, saving shows the center on
 * Home, and the profile really lands in the data folder.
 */
import { describe, expect, it } from 'vitest';
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
import { useE2E } from './use-e2e';

const HAN = /\p{Script=Han}/u;
const ASCII_ONLY = /^[\x20-\x7E]+$/;

const e2e = useE2E();

describe.each<{ locale: SystemLocale; script: RegExp; submit: 'click' | 'Enter' }>([
  { locale: 'zh-CN', script: HAN, submit: 'click' },
  // Staff who type fast press Enter; the form must take that as "save".
  { locale: 'en-US', script: ASCII_ONLY, submit: 'Enter' },
])('first-run setup on a $locale system', ({ locale, script, submit }) => {
  it(`labels the form in that language, saves the center (${submit}) and shows it on Home`, async () => {
    const session = await e2e.start({ locale });
    const { page, language } = session;
    await session.open();

    const setup = page.getByTestId('setup-page');
    await visible(setup.getByRole('heading', { name: tr(language, 'setup:title') }));
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
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await session.open();
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
