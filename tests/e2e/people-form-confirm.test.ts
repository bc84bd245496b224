/**
 * The person form asks before saving what the main process will only take once
 * confirmed: an age outside 40–120 and a likely duplicate without an ID number.
 * Cancel leaves the form as it was; OK saves with the confirmation.
 */
import { describe, expect, it } from 'vitest';
import { containsText, gone, hasText, setUpCenter, tr } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { addPerson, chooseVillage, openPeopleList, peopleCount } from './people-helpers';

const e2e = useE2E();

async function fillNewPerson(session: AppSession, name: string, birthDate: string): Promise<void> {
  const { page, language } = session;
  await openPeopleList(page);
  await page.getByTestId('people-add').click();
  await page.getByTestId('person-field-name').fill(name);
  await page
    .getByTestId('person-field-sex')
    .getByText(tr(language, 'domain:sex.male'), { exact: true })
    .click();
  await page.locator('#person-field-birthDate').fill(birthDate);
  await page.locator('#person-field-birthDate').press('Tab');
  await page.getByTestId('person-field-phone').fill('13912345678');
  await chooseVillage(page, '东村');
}

describe('person form confirmations', () => {
  it.each([
    { locale: 'zh-CN', language: 'zh-CN' },
    { locale: 'en-US', language: 'en' },
  ] as const)(
    'asks about an age outside 40–120; cancel keeps the form, OK saves ($language)',
    async ({ locale }) => {
      const session = await e2e.start({ locale });
      const { page, language } = session;
      await setUpCenter(session);
      await session.open();

      await fillNewPerson(session, '张小明', '1995-05-05');
      await page.getByTestId('person-submit').click();
      const dialog = page.locator('.ant-modal-confirm');
      await containsText(dialog, tr(language, 'errors:validation.person.ageNeedsConfirmation'));
      await page.getByTestId('person-confirm-cancel').click();
      await gone(dialog);
      expect(await peopleCount(session)).toBe(0);
      // The form is as it was: nothing erased, no error placed.
      expect(await page.locator('#person-field-birthDate').inputValue()).toBe('1995-05-05');
      expect(await page.getByTestId('person-field-name').inputValue()).toBe('张小明');

      await page.getByTestId('person-submit').click();
      await page.getByTestId('person-confirm-ok').click();
      await hasText(page.getByTestId('person-name'), '张小明');
      expect(await peopleCount(session)).toBe(1);
    },
  );

  it('warns of a likely duplicate without an ID number, naming the record, and saves once confirmed', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await addPerson(session, { name: '王建国', sex: 'male', birthDate: '1948-01-20', village: '东村' });
    await session.open();

    await fillNewPerson(session, '王建国', '1948-01-20');
    await page.getByTestId('person-submit').click();
    const dialog = page.locator('.ant-modal-confirm');
    await containsText(dialog, tr('zh-CN', 'people:form.confirm.confirmDuplicate'));
    await containsText(dialog, '王建国');
    await page.getByTestId('person-confirm-cancel').click();
    await gone(dialog);
    expect(await peopleCount(session)).toBe(1);

    await page.getByTestId('person-submit').click();
    await page.getByTestId('person-confirm-ok').click();
    await hasText(page.getByTestId('person-name'), '王建国');
    expect(await peopleCount(session)).toBe(2);
  });
});
