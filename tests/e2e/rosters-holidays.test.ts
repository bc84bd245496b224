/**
 * The holidays table: an empty year says what to do; a day typed in and saved
 * with Ctrl+S is stored for that year, a date of another year is refused on
 * its row, and the grid marks the saved day in its head.
 */
import { describe, expect, it } from 'vitest';
import { containsText, hasText, setUpCenter, tr, visible } from './harness';
import { call } from './beds-helpers';
import { monthAhead } from './rosters-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('roster holidays', () => {
  it('saves a year of holidays typed in and marks them on the grid (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page, language } = session;
    await setUpCenter(session);
    const month = monthAhead(1);
    const year = Number(month.slice(0, 4));
    await session.open();
    await page.goto(`${session.server().url.split('#')[0]}#/rosters/holidays?year=${year}`);
    await visible(page.locator('[data-testid="holidays-editor"][data-ready="true"]'));
    await containsText(
      page.getByTestId('holidays-empty'),
      tr(language, 'rostersUi:holidays.empty', { year }),
    );

    await page.getByTestId('holiday-add').click();
    const date = page.getByTestId('holiday-date').last();
    await date.fill(`${year - 1}-12-31`);
    await page.getByTestId('holiday-name').last().fill('元旦');
    await page.keyboard.press('Control+s');
    await hasText(
      page.getByTestId('holiday-date-error'),
      tr(language, 'rostersUi:holidays.wrongYear', { year }),
    );
    expect(await call<unknown[]>(session, 'rosters.holidays', { year })).toEqual([]);

    const day = `${month}-03`;
    await date.fill(day);
    await expect.poll(() => date.inputValue()).toBe(day);
    await page.keyboard.press('Control+s');
    await expect
      .poll(async () =>
        (
          await call<{ date: string; kind: string; name: string }[]>(session, 'rosters.holidays', { year })
        ).map((h) => `${h.date} ${h.kind} ${h.name}`),
      )
      .toEqual([`${day} holiday 元旦`]);

    await page.goto(`${session.server().url.split('#')[0]}#/rosters?month=${month}`);
    await visible(page.locator(`[data-testid="roster-page"][data-from="${month}-01"]`));
    // No staff yet: the grid says what to do; the holiday shows once someone is on the roster.
    await visible(page.getByTestId('roster-empty'));
    await call(session, 'staff.create', {
      name: '王秀英',
      post: 'carer',
      area: '1号楼',
      workingTime: 'comprehensive',
      certificates: [],
      active: true,
    });
    await page.reload();
    const head = page.locator(`[data-testid="roster-day"][data-date="${day}"]`);
    await visible(head);
    expect(await head.getAttribute('data-holiday')).toBe('holiday');
    await containsText(head, tr(language, 'rostersUi:grid.holidayMark'));
  });
});
