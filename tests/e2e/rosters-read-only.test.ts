/**
 * A viewer (an inspector) reads the roster but cannot change it: no tools,
 * typing and Delete in a cell change nothing, the holidays table has no
 * editing, and the roster rules are not in reach. Reading includes saving the
 * roster as a workbook.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { gone, setUpCenter, visible } from './harness';
import { accounts, addAccount, signInOnPage, signOutApi } from './auth-helpers';
import { call } from './beds-helpers';
import { addCarers, monthAhead, monthRange, setUpRosterCodes } from './rosters-helpers';
import type { GridAnswer } from './rosters-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('roster for a viewer', () => {
  it('shows the grid read-only (en)', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    const people = accounts('en');
    await setUpCenter(session);
    await setUpRosterCodes(session);
    const [a] = (await addCarers(session, ['王秀英'])) as [string];
    const month = monthAhead(1);
    const { from, to } = monthRange(month);
    await call(session, 'rosters.setCells', { changes: [{ staffId: a, date: from, codes: ['白'] }] });
    await addAccount(session, people.viewer);
    await signOutApi(session);
    await session.open();
    await signInOnPage(page, people.viewer);

    await page.getByTestId('nav-rosters').click();
    await page.goto(`${session.server().url.split('#')[0]}#/rosters?month=${month}`);
    await visible(page.locator(`[data-testid="roster-page"][data-from="${from}"][data-ready="true"]`));
    const first = page.locator(`[data-testid="roster-cell"][data-staff="${a}"][data-date="${from}"]`);
    await visible(first);
    for (const tool of ['roster-pattern', 'roster-more', 'roster-rules']) await gone(page.getByTestId(tool));

    await first.click();
    const input = first.getByTestId('cell-input');
    await visible(input);
    expect(await input.getAttribute('readonly')).not.toBeNull();
    await page.keyboard.type('夜');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    // The arrows still move the cursor for reading.
    await page.keyboard.press('ArrowRight');
    await visible(
      page.locator(`[data-testid="roster-cell"][data-date="${month}-02"]`).getByTestId('cell-input'),
    );
    const grid = await call<GridAnswer>(session, 'rosters.grid', { from, to });
    expect(grid.rows.find((r) => r.staffId === a)?.cells[from]).toEqual(['白']);
    expect(await first.getAttribute('data-codes')).toBe('白');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('roster-excel').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`roster-${month}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0];
    const named = [4, 5, 6].find((r) => sheet?.getCell(r, 1).value === '王秀英');
    expect(named).toBeDefined();
    expect(sheet?.getCell(named ?? 0, 3).value).toBe('白');

    await page.getByTestId('roster-holidays').click();
    await visible(page.locator('[data-testid="holidays-editor"][data-ready="true"]'));
    await gone(page.getByTestId('holiday-add'));
  });
});
