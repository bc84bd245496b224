/**
 * Dates typed the ways the import accepts them are kept, shown as YYYY-MM-DD,
 * instead of being erased on leaving the box; an empty birth date opens its
 * calendar on the years around 1950.
 */
import { describe, expect, it } from 'vitest';
import { setUpCenter, visible } from './harness';
import { useE2E } from './use-e2e';
import { openPeopleList } from './people-helpers';

const e2e = useE2E();

describe('date entry', () => {
  it('keeps 19500101, 1950/1/2, 1950.1.3, 1950年1月4日 and 1950-1-5 as YYYY-MM-DD dates', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await openPeopleList(page);
    await page.getByTestId('people-add').click();
    const birthDate = page.locator('#person-field-birthDate');

    const typings = [
      ['19500101', '1950-01-01'],
      ['1950/1/2', '1950-01-02'],
      ['1950.1.3', '1950-01-03'],
      ['1950年1月4日', '1950-01-04'],
      ['1950-1-5', '1950-01-05'],
      ['1950/01/16', '1950-01-16'],
      // Typed key by key, a full ISO date is not cut short at 1950-01-1.
      ['1950-01-17', '1950-01-17'],
    ] as const;
    for (const [typed, expected] of typings) {
      await birthDate.fill('');
      await birthDate.pressSequentially(typed);
      await birthDate.press('Tab');
      await expect.poll(() => birthDate.inputValue(), { message: typed }).toBe(expected);
    }
    await expect.poll(() => page.getByTestId('person-field-birthDate-error').count()).toBe(0);
  });

  it('opens an empty birth date on a panel of years around 1950', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await openPeopleList(page);
    await page.getByTestId('people-add').click();
    await page.locator('#person-field-birthDate').click();
    const panel = await visible(page.locator('.ant-picker-dropdown .ant-picker-year-panel'));
    await visible(panel.locator('.ant-picker-cell-in-view', { hasText: '1950' }));
  });
});
