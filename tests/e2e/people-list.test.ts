/**
 * The elders list: `/` puts the cursor in the search box, filters and sorting
 * change what is shown, the export downloads exactly the current view as an
 * Excel file, and the sidebar entry starts the list afresh.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chooseOption, containsText, hasText, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { addPerson, createArgument, listedNames, openPeopleList, validIdNumber } from './people-helpers';

const e2e = useE2E();

const PEOPLE = [
  { name: '张三丰', sex: 'male', birthDate: '1946-03-12', village: '东村', services: ['dayCare'] },
  { name: '李秀英', sex: 'female', birthDate: '1938-07-01', village: '东村', services: [] },
  {
    name: '王建国',
    sex: 'male',
    birthDate: '1950-01-20',
    village: '西村',
    services: ['dayCare', 'homeService'],
  },
  { name: '赵桂兰', sex: 'female', birthDate: '1942-11-05', village: '西村', services: ['homeService'] },
] as const;

/** Adds PEOPLE through the API, each with a valid ID number of their own. */
async function addEveryone(session: AppSession): Promise<void> {
  for (const [index, person] of PEOPLE.entries()) {
    await addPerson(session, {
      ...person,
      idNumber: validIdNumber(person.birthDate, 100 + index * 2 + (person.sex === 'male' ? 1 : 0)),
    });
  }
}

async function focusedTestId(session: AppSession): Promise<string | null> {
  return session.page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null");
}

describe('elders list', () => {
  it('filters, sorts, exports the current view and answers to the keyboard', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await addEveryone(session);
    await session.open();
    await openPeopleList(page);
    expect((await listedNames(page, 4)).length).toBe(4);

    // `/` (and Ctrl+F) put the cursor in the search box from anywhere on the page.
    await page.getByTestId('people-count').click();
    expect(await focusedTestId(session)).not.toBe('people-search');
    await page.keyboard.press('/');
    expect(await focusedTestId(session)).toBe('people-search');
    await page.getByTestId('people-count').click();
    await page.keyboard.press('Control+f');
    expect(await focusedTestId(session)).toBe('people-search');

    // Service filter, then village as well.
    await chooseOption(page, 'people-filter-service', tr('zh-CN', 'domain:service.dayCare'));
    expect((await listedNames(page, 2)).sort()).toEqual(['张三丰', '王建国'].sort());
    await page.getByTestId('people-filter-village').fill('西村');
    expect(await listedNames(page, 1)).toEqual(['王建国']);
    await page.getByTestId('people-filter-clear').click();
    await listedNames(page, 4);

    // Oldest first: age, descending (the second click on the heading).
    const ageHeading = page.locator('.ant-table-thead th', { hasText: tr('zh-CN', 'people:columns.age') });
    await ageHeading.click();
    await ageHeading.click();
    await hasText(page.getByTestId('people-row-name').first(), '李秀英');
    expect(await listedNames(page, 4)).toEqual(['李秀英', '赵桂兰', '张三丰', '王建国']);

    // Export what is shown: the home-service people, oldest first.
    await chooseOption(page, 'people-filter-service', tr('zh-CN', 'domain:service.homeService'));
    expect(await listedNames(page, 2)).toEqual(['赵桂兰', '王建国']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('people-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0];
    expect(sheet).toBeDefined();
    const texts: string[] = [];
    sheet?.eachRow((row) => {
      texts.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text).join('|'));
    });
    expect(texts).toHaveLength(3);
    expect(texts[1]).toContain('赵桂兰');
    expect(texts[2]).toContain('王建国');

    // Search works within the filters: 张三丰 has no home service.
    await page.getByTestId('people-search').fill('zsf');
    await listedNames(page, 0);
    await containsText(page.getByTestId('people-no-match'), tr('zh-CN', 'people:list.empty'));
    // The sidebar entry starts afresh: no filters, nothing in the search box.
    await page.getByTestId('nav-people').click();
    await listedNames(page, 4);
    expect(await page.getByTestId('people-search').inputValue()).toBe('');
    await visible(page.getByTestId('people-table'));
  });

  it('lists everyone due for an ability assessment or a risk review, with the reasons, and leads to the form', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    // Enrolled in a service and never assessed: due. Not enrolled (李秀英): not yet.
    await addEveryone(session);
    await session.open();
    await page.getByTestId('nav-due').click();
    await visible(page.getByTestId('due-table'));
    await hasText(page.getByTestId('due-count'), tr('zh-CN', 'people:list.count_other', { value: 3 }));
    // The sidebar counts them too.
    await visible(page.getByTestId('sidebar').locator('.ant-badge-count[title="3"]'));
    const names = await page.getByTestId('due-row-name').allInnerTexts();
    expect(names.sort()).toEqual(['张三丰', '王建国', '赵桂兰'].sort());
    const row = page.locator('[data-testid="due-row"]', { hasText: '王建国' });
    await hasText(row.getByTestId('due-ability-reasons'), tr('zh-CN', 'errors:people.reassessment.never'));
    // The safety-risk review is due beside it, with its own reason and its own way to it.
    await hasText(row.getByTestId('due-risk-reasons'), tr('zh-CN', 'errors:people.reassessment.riskNever'));
    await visible(row.getByTestId('due-assess-risk'));

    // The list marks them too.
    await openPeopleList(page);
    await listedNames(page, 4);
    const flagged = page.locator('[data-testid="people-row"]', { has: page.getByTestId('person-flag-due') });
    expect((await flagged.getByTestId('people-row-name').allInnerTexts()).sort()).toEqual(names.sort());

    await page.getByTestId('nav-due').click();
    await row.getByTestId('due-assess').click();
    await expect.poll(() => page.url()).toMatch(/#\/people\/[^/]+\/assess\/ability$/);
    await hasText(page.getByTestId('ability-person-name'), '王建国');
  });
  it('cuts a long list of categories to one line and shows it whole on hover, a short one as it is', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const held = (codes: readonly string[]) => codes.map((category) => ({ category, from: '2020-01-01' }));
    // In the order of CATEGORY_CODES, the order the list shows them in.
    const many = ['extremePoorCentral', 'minimumLiving', 'poorOldAge', 'leftBehind', 'emptyNest'] as const;
    for (const [name, codes] of [
      ['钱多类', many],
      ['孙一类', ['emptyNest']],
    ] as const) {
      const person = { name, sex: 'female', birthDate: '1940-02-02' } as const;
      const answer = await session.api('people.create', {
        ...createArgument(person),
        categories: held(codes),
      });
      expect(answer.body.ok).toBe(true);
    }
    await session.open();
    await openPeopleList(page);
    await listedNames(page, 2);
    const categoriesCell = (name: string) =>
      page.locator('[data-testid="people-row"]', { hasText: name }).locator('.ant-typography-ellipsis');
    const tooltip = page.locator('.ant-tooltip:not(.ant-tooltip-hidden)');

    const manyText = many.map((code) => tr('zh-CN', `domain:category.${code}`)).join('、');
    const cut = categoriesCell('钱多类');
    await hasText(cut, manyText);
    await cut.hover();
    await hasText(tooltip, manyText);

    // Whole already: hovering it shows no tooltip.
    await page.getByTestId('people-count').hover();
    await tooltip.waitFor({ state: 'hidden' });
    const whole = categoriesCell('孙一类');
    await hasText(whole, tr('zh-CN', 'domain:category.emptyNest'));
    await whole.hover();
    await page.waitForTimeout(500);
    expect(await tooltip.count()).toBe(0);
  });
});
