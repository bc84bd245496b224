/**
 * Adding elders through the form: a bad ID number is refused beside the field
 * and nothing is stored; a good one fills birth date and sex, is saved and
 * appears in the list; pinyin initials find them; a duplicate ID number is
 * refused by the main process, naming the person who has it.
 */
import { describe, expect, it } from 'vitest';
import { chooseOption, containsText, hasText, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import {
  addPerson,
  chooseVillage,
  createArgument,
  listedNames,
  openPeopleList,
  peopleCount,
  validIdNumber,
  wrongCheckChar,
} from './people-helpers';

const e2e = useE2E();

const GOOD_ID = validIdNumber('1946-03-12', 123);

describe('person form', () => {
  it.each([
    { locale: 'zh-CN', language: 'zh-CN' },
    { locale: 'en-US', language: 'en' },
  ] as const)(
    'refuses a bad check character beside the field and stores nothing ($language)',
    async ({ locale }) => {
      const session = await e2e.start({ locale });
      const { page, language } = session;
      await setUpCenter(session);
      await session.open();
      const auditBefore = await session.auditEntryCount();

      await openPeopleList(page);
      await page.getByTestId('people-add').click();
      await visible(page.getByTestId('person-form'));
      await page.getByTestId('person-field-name').fill('张三丰');
      await page.getByTestId('person-field-idNumber').fill(wrongCheckChar(GOOD_ID));
      await page.getByTestId('person-field-idNumber').blur();

      const checksum = tr(language, 'errors:validation.idNumber.checksum');
      await hasText(page.getByTestId('person-field-idNumber-error'), checksum);
      // The message sits in the ID number's own form item, and the box is marked invalid.
      const idItem = page.locator('.ant-form-item', { has: page.getByTestId('person-field-idNumber') });
      await visible(idItem.getByTestId('person-field-idNumber-error'));
      expect(await page.getByTestId('person-field-idNumber').getAttribute('aria-invalid')).toBe('true');

      // Saving anyway is refused too: still on the form, nothing in the data folder.
      await page.getByTestId('person-submit').click();
      await hasText(page.getByTestId('person-field-idNumber-error'), checksum);
      await visible(page.getByTestId('person-form'));
      expect(await peopleCount(session)).toBe(0);
      expect(await session.auditEntryCount()).toBe(auditBefore);

      // Leaving asks first, because of the unsaved changes.
      await page.getByTestId('nav-people').click();
      await page.getByTestId('person-leave-confirm').click();
      await visible(page.getByTestId('people-page'));
      // Still nobody in the center: the list shows the first steps.
      await containsText(page.getByTestId('people-first-use'), tr(language, 'people:list.firstUse.title'));
    },
  );

  it('refuses a bad ID number sent straight to the API, in the user language', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    await setUpCenter(session);
    const answer = await session.api(
      'people.create',
      createArgument({
        name: '张三丰',
        sex: 'male',
        birthDate: '1946-03-12',
        idNumber: wrongCheckChar(GOOD_ID),
      }),
    );
    expect(answer.body.ok).toBe(false);
    expect(answer.body.error?.fields).toEqual([
      expect.objectContaining({
        path: 'idNumber',
        message: tr('zh-CN', 'errors:validation.idNumber.checksum'),
      }),
    ]);
    expect(await peopleCount(session)).toBe(0);
  });

  it('fills birth date and sex from a good ID number, saves, lists, and finds by pinyin initials', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await addPerson(session, { name: '李秀英', sex: 'female', birthDate: '1950-07-01' });
    await addPerson(session, { name: '王建国', sex: 'male', birthDate: '1948-01-20' });
    await session.open();

    await openPeopleList(page);
    await page.getByTestId('people-add').click();
    await page.getByTestId('person-field-name').fill('张三丰');
    // Lower-case x is fine, and spaces are dropped: the box tidies the number on leaving it.
    await page.getByTestId('person-field-idNumber').fill(` ${GOOD_ID} `);
    await page.getByTestId('person-field-phone').click();
    await expect.poll(() => page.getByTestId('person-field-idNumber').inputValue()).toBe(GOOD_ID);
    await expect.poll(() => page.locator('#person-field-birthDate').inputValue()).toBe('1946-03-12');
    await hasText(page.getByTestId('person-field-sex').locator('.ant-radio-button-wrapper-checked'), '男');
    await page.getByTestId('person-field-phone').fill('13912345678');
    await chooseVillage(page, '东村');
    await page.getByTestId('person-field-services').getByText('日间照料').click();
    // Enter in a box never saves a half-filled form; Ctrl+S does.
    await page.getByTestId('person-field-phone').press('Enter');
    await page.locator('#person-field-birthDate').press('Enter');
    await page.keyboard.press('Escape');
    expect(await peopleCount(session)).toBe(2);
    await visible(page.getByTestId('person-form'));
    await page.getByTestId('person-field-phone').press('Control+s');

    await hasText(page.getByTestId('person-name'), '张三丰');
    await visible(page.getByTestId('person-service'));
    expect(await peopleCount(session)).toBe(3);

    await openPeopleList(page);
    expect((await listedNames(page, 3)).sort()).toEqual(['张三丰', '李秀英', '王建国'].sort());

    // Pinyin initials, as typed on a keyboard with no Chinese input method.
    await page.getByTestId('people-search').pressSequentially('zsf');
    expect(await listedNames(page, 1)).toEqual(['张三丰']);
    // Enter opens the first match.
    await page.getByTestId('people-search').press('Enter');
    await hasText(page.getByTestId('person-name'), '张三丰');
    await hasText(page.getByTestId('person-id-number'), GOOD_ID);
  });

  it('refuses a duplicate ID number beside the field, naming the person who has it', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await addPerson(session, { name: '张三丰', sex: 'male', birthDate: '1946-03-12', idNumber: GOOD_ID });
    await session.open();
    const auditBefore = await session.auditEntryCount();

    await openPeopleList(page);
    await page.getByTestId('people-add').click();
    await page.getByTestId('person-field-name').fill('张三');
    await page.getByTestId('person-field-idNumber').fill(GOOD_ID);
    await page.getByTestId('person-field-idNumber').blur();
    await page.getByTestId('person-submit').click();

    await hasText(
      page.getByTestId('person-field-idNumber-error'),
      tr('zh-CN', 'errors:people.duplicateIdNumber', { name: '张三丰' }),
    );
    expect(await peopleCount(session)).toBe(1);
    expect(await session.auditEntryCount()).toBe(auditBefore);
  });

  it('edits a record: a dated category, a service, and the status with the date of death', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const id = await addPerson(session, {
      name: '张三丰',
      sex: 'male',
      birthDate: '1946-03-12',
      idNumber: GOOD_ID,
    });
    await session.open();
    await page.goto(`${session.server().url.replace(/#.*$/, '')}#/people/${id}`);
    await hasText(page.getByTestId('person-name'), '张三丰');

    await page.getByTestId('person-edit').click();
    await visible(page.getByTestId('person-form'));
    await page.getByTestId('person-category-add').click();
    await chooseOption(page, 'person-field-categories-0-category', tr('zh-CN', 'domain:category.poorOldAge'));
    await page.locator('#person-field-categories-0-from').fill('2025-01-01');
    await page.locator('#person-field-categories-0-from').press('Tab');
    await page
      .getByTestId('person-field-services')
      .getByText(tr('zh-CN', 'domain:service.residential'))
      .click();
    await chooseOption(page, 'person-field-status', tr('zh-CN', 'domain:personStatus.deceased'));
    await page.locator('#person-field-deathDate').fill('2026-10-01');
    await page.locator('#person-field-deathDate').press('Tab');
    await page.getByTestId('person-submit').click();

    await hasText(page.getByTestId('person-name'), '张三丰');
    await containsText(page.getByTestId('person-categories'), tr('zh-CN', 'domain:category.poorOldAge'));
    // Dates are written the Chinese way on the page.
    await containsText(page.getByTestId('person-categories'), '2025年1月1日');
    // The end of care is shown with its date, and the age stops there (80 on 2026-10-01).
    await hasText(
      page.getByTestId('person-end-of-care'),
      tr('zh-CN', 'people:person.endedOn.deceased', { date: '2026年10月1日', age: 80 }),
    );
    // The service chosen in the same save ended with care, so none is open today.
    await expect.poll(() => page.getByTestId('person-service').count()).toBe(0);

    // The list hides him by default; the filter shows him, marked so beside the name.
    await openPeopleList(page);
    await visible(page.locator('[data-testid="people-count"][data-count="0"]'));
    await page.getByTestId('people-filter-ended').click();
    expect(await listedNames(page, 1)).toEqual(['张三丰']);
    await hasText(page.getByTestId('people-row-status'), tr('zh-CN', 'domain:personStatus.deceased'));
    const detail = await session.api('people.get', { id });
    expect(detail.body.value).toMatchObject({
      person: {
        status: 'deceased',
        deathDate: '2026-10-01',
        categories: [{ category: 'poorOldAge', from: '2025-01-01', to: '2026-10-01' }],
      },
    });
  });
});
