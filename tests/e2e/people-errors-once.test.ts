/**
 * A refusal is said once, where it belongs: beside the field it concerns (no
 * notification over the form's first fields), the photo's across the page
 * under the header (not wrapped into a photo-wide column), and the sex toggle
 * asks for the sex.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseOption, containsText, hasText, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import { addPerson, openPeopleList, validIdNumber } from './people-helpers';

const e2e = useE2E();
const GOOD_ID = validIdNumber('1946-03-12', 123);

/**
 * Notifications open one animation after the failure that raised them; half a
 * second after the inline message is ample time for one to have appeared.
 */
async function notificationsAfterASettle(page: Page): Promise<number> {
  await page.waitForTimeout(500);
  return page.locator('.ant-notification-notice').count();
}

describe('errors shown once', () => {
  it('a duplicate ID number is refused beside the field only', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await addPerson(session, { name: '张三丰', sex: 'male', birthDate: '1946-03-12', idNumber: GOOD_ID });
    await session.open();
    await openPeopleList(page);
    await page.getByTestId('people-add').click();

    // Nothing chosen yet: the toggle asks for the sex, not for "a choice from the list".
    await page.getByTestId('person-submit').click();
    await hasText(
      page.getByTestId('person-field-sex-error'),
      tr('zh-CN', 'errors:validation.person.sexRequired'),
    );

    await page.getByTestId('person-field-name').fill('张三');
    await page.getByTestId('person-field-idNumber').fill(GOOD_ID);
    await page.getByTestId('person-field-idNumber').blur();
    await page.getByTestId('person-submit').click();
    await hasText(
      page.getByTestId('person-field-idNumber-error'),
      tr('zh-CN', 'errors:people.duplicateIdNumber', { name: '张三丰' }),
    );
    expect(await notificationsAfterASettle(page)).toBe(0);
  });

  it('a refused photo is said in one line across the page, once', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const id = await addPerson(session, { name: '郑春花', sex: 'female', birthDate: '1946-03-03' });
    await session.open();
    const base = session.server().url.replace(/#.*$/, '');
    await page.goto(`${base}#/people/${id}`);
    await page
      .getByTestId('person-photo')
      .locator('input[type="file"]')
      .setInputFiles({
        name: '照片.png',
        mimeType: 'image/png',
        buffer: Buffer.from('not really a picture'),
      });
    const problem = await visible(page.getByTestId('person-photo-problem'));
    await containsText(problem, tr('zh-CN', 'errors:people.photo.notImage'));
    const box = await problem.boundingBox();
    const photoBox = await page.getByTestId('person-photo').boundingBox();
    // Wider than the photo column, and no taller than one line in an alert box.
    expect(box?.width ?? 0).toBeGreaterThan((photoBox?.width ?? 0) * 2);
    expect(box?.height ?? 100).toBeLessThan(60);
    expect(await notificationsAfterASettle(page)).toBe(0);
  });
});

describe('errors shown once in the ability form', () => {
  it('an assessment dated after the end of care is refused beside the date only', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const id = await addPerson(session, { name: '周芳', sex: 'female', birthDate: '1935-05-05' });
    const ended = await session.api('people.endCare', { id, status: 'deceased', date: '2026-01-01' });
    expect(ended.body.ok).toBe(true);
    await session.open();
    await page.goto(`${session.server().url.split('#')[0]}#/people/${id}/assess/ability`);
    await visible(page.getByTestId('ability-page'));
    // A person in a coma is level 4 without scoring each item: the quickest complete form.
    await page.getByTestId('ability-coma').check();
    await chooseOption(page, 'ability-reason', tr('zh-CN', 'domain:ability.reason.onChange'));
    await page.getByTestId('ability-assessor-1').fill('王秀兰');
    await page.getByTestId('ability-assessor-2').fill('赵明');
    await page.getByTestId('ability-submit').click();
    await visible(page.getByTestId('ability-date-error'));
    expect(await notificationsAfterASettle(page)).toBe(0);
    expect(await page.locator('.ant-message-notice').count()).toBe(0);
  });
});
