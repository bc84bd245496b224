/**
 * Bad values are refused with a message beside the field, in the user's
 * language, and nothing reaches the data folder: neither from the form nor
 * from a hand-made request that skips the form.
 */
import { describe, expect, it } from 'vitest';
import { fillCenterForm, hasText, sampleCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';

const e2e = useE2E();

async function expectNothingStored(s: AppSession, auditBefore: number): Promise<void> {
  const core = await s.readCore().catch(() => null);
  // Either the folder has no core.json yet, or it still has no center.
  expect(core?.center ?? null).toBeNull();
  expect(await s.auditEntryCount()).toBe(auditBefore);
  expect((await s.api('app.getState')).body).toMatchObject({ ok: true, value: { needsSetup: true } });
}

describe('center form validation', () => {
  it.each([
    { locale: 'zh-CN', language: 'zh-CN' },
    { locale: 'en-US', language: 'en' },
  ] as const)('shows each complaint beside its field in $language and stores nothing', async ({ locale }) => {
    const session = await e2e.start({ locale });
    const { page, language } = session;
    await session.open();
    const auditBefore = await session.auditEntryCount();

    await fillCenterForm(page, {
      ...sampleCenter(language),
      name: '   ',
      phone: '12345',
      beds: { residential: 5, nursing: 9, dayCare: 0 },
    });
    await page.getByTestId('center-submit').click();

    await hasText(page.getByTestId('center-field-name-error'), tr(language, 'errors:validation.required'));
    await hasText(page.getByTestId('center-field-phone-error'), tr(language, 'errors:validation.phone'));
    await hasText(
      page.getByTestId('center-field-beds-nursing-error'),
      tr(language, 'errors:validation.center.nursingExceedsResidential'),
    );
    // The message sits in the field's own form item, and the input is marked invalid.
    const phoneItem = page.locator('.ant-form-item', { has: page.getByTestId('center-field-phone') });
    await visible(phoneItem.getByTestId('center-field-phone-error'));
    expect(await page.getByTestId('center-field-phone').getAttribute('aria-invalid')).toBe('true');
    // Valid fields stay quiet.
    expect(await page.getByTestId('center-field-county-error').count()).toBe(0);

    await expectNothingStored(session, auditBefore);
    await visible(page.getByTestId('setup-page'));

    // Correcting the values clears the messages and lets the save through.
    await fillCenterForm(page, sampleCenter(language));
    await page.getByTestId('center-submit').click();
    await visible(page.getByTestId('home-page'));
    expect((await session.readCore()).center?.name).toBe(sampleCenter(language).name);
  });

  it('refuses an invalid payload sent straight to the API, with translated field messages', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    await session.open();
    const auditBefore = await session.auditEntryCount();

    const bad = {
      ...sampleCenter('zh-CN'),
      phone: 'not a phone',
      beds: { residential: 2, nursing: 3, dayCare: -1 },
    };
    const answer = await session.api('center.save', bad);

    expect(answer.status).toBe(200);
    expect(answer.body.ok).toBe(false);
    const error = answer.body.error;
    expect(error?.code).toMatch(/^validation\./);
    // Translated for the user (Chinese here), never a raw code or English prose.
    expect(error?.message).toMatch(/\p{Script=Han}/u);
    expect(error?.message).not.toBe(error?.code);
    const fields = JSON.stringify(error?.fields);
    expect(fields).toContain('phone');
    expect(fields).toContain(tr('zh-CN', 'errors:validation.phone'));
    expect(fields).toContain(tr('zh-CN', 'errors:validation.center.nursingExceedsResidential'));

    // The page was not involved and the data did not change.
    await expectNothingStored(session, auditBefore);

    // Extra, unknown and wrongly typed arguments are refused just the same.
    for (const arg of [undefined, null, 'center', { ...sampleCenter('zh-CN'), beds: 'many' }]) {
      const refused = await session.api('center.save', arg);
      expect(refused.body.ok, JSON.stringify(arg)).toBe(false);
      expect(refused.body.error?.message).toMatch(/\p{Script=Han}/u);
    }
    await expectNothingStored(session, auditBefore);
  });

  it('answers in English when the system is English', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    // The folder already holds the signed-in administrator's entries.
    const auditBefore = await session.auditEntryCount();
    const answer = await session.api('center.save', { ...sampleCenter('en'), name: '' });
    expect(answer.body.ok).toBe(false);
    expect(answer.body.error?.message).toMatch(/^[\x20-\x7E]+$/);
    expect(JSON.stringify(answer.body.error?.fields)).toContain(tr('en', 'errors:validation.required'));
    await expectNothingStored(session, auditBefore);
  });
});
