/**
 * A refusal is said once, where it belongs: beside the field it concerns (no
 * notification over the form's first fields), the photo's across the page
 * under the header (not wrapped into a photo-wide column), and the sex toggle
 * asks for the sex.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { containsText, hasText, setUpCenter, tr, visible } from './harness';
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
