/**
 * The elders list when there is nothing to list: a new center is shown what to
 * do first (add, import, the template to fill in), a search that found nobody
 * says so with a way back; and page 2 of a long list opens at its top.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../shared/ipc/people';
import { containsText, gone, hasText, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { addPerson, listedNames, openPeopleList, validIdNumber } from './people-helpers';

const e2e = useE2E();

async function tableTop(session: AppSession): Promise<number> {
  return session.page.evaluate<number>(
    'document.querySelector(\'[data-testid="people-table"]\').getBoundingClientRect().top',
  );
}

describe('elders list: first use, no match, paging', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    'a new center is shown its first steps and the import template (%s)',
    async (locale) => {
      const session = await e2e.start({ locale });
      const { page, language } = session;
      await setUpCenter(session);
      await session.open();
      await openPeopleList(page);
      const firstUse = await visible(page.getByTestId('people-first-use'));
      await containsText(firstUse, tr(language, 'people:list.firstUse.title'));
      expect(await page.getByTestId('people-no-match').count()).toBe(0);
      await hasText(page.getByTestId('people-first-add'), tr(language, 'people:list.add'));
      await hasText(page.getByTestId('people-first-import'), tr(language, 'people:list.import'));

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('people-import-template').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(await download.path());
      const headers = (book.worksheets[0]?.getRow(1).values as unknown[]).slice(1);
      expect(headers).toEqual(IMPORT_FIELDS.map((field) => tr(language, `people:fields.${field}`)));

      await page.getByTestId('people-first-import').click();
      await visible(page.getByTestId('import-page'));
    },
  );

  it('a search that finds nobody says so and clears in one click', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await addPerson(session, { name: '张三丰', sex: 'male', birthDate: '1946-03-12' });
    await session.open();
    await openPeopleList(page);
    await listedNames(page, 1);
    await page.getByTestId('people-search').fill('没有这个人');
    await listedNames(page, 0);
    await containsText(page.getByTestId('people-no-match'), tr('zh-CN', 'people:list.empty'));
    expect(await page.getByTestId('people-first-use').count()).toBe(0);
    await page.getByTestId('people-no-match-clear').click();
    expect(await listedNames(page, 1)).toEqual(['张三丰']);
    expect(await page.getByTestId('people-search').inputValue()).toBe('');
  });

  it('page 2 opens at the top of the list, not where page 1 ended', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const given = '甲乙丙丁戊己庚辛壬癸';
    // Two full pages, so page 2 is as long as page 1 and could open anywhere.
    for (let i = 0; i < 100; i++) {
      const name = `王${given[Math.floor(i / 10)] ?? ''}${given[i % 10] ?? ''}`;
      await addPerson(session, {
        name,
        sex: i % 2 === 1 ? 'male' : 'female',
        birthDate: '1945-05-05',
        idNumber: validIdNumber('1945-05-05', 100 + i),
      });
    }
    await session.open();
    await openPeopleList(page);
    const firstPage = await listedNames(page, 100);
    expect(firstPage).toHaveLength(50);

    // Down to the pager under the 50th row, then on to page 2.
    await page.locator('.ant-pagination-item-2').scrollIntoViewIfNeeded();
    expect(await tableTop(session)).toBeLessThan(0);
    await page.locator('.ant-pagination-item-2').click();
    await visible(page.locator('.ant-pagination-item-2.ant-pagination-item-active'));
    await gone(page.getByTestId('people-row-name').filter({ hasText: firstPage[0] ?? '' }));
    const top = await tableTop(session);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(400);
  });
});
