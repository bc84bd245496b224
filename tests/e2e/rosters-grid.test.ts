/**
 * The roster grid in Chromium: a month built with the pattern dialog shows a
 * night short in its cover; typing a code in a cell fixes it and the cover says
 * enough; an overlapping shift typed in a cell is refused with the core's
 * message at that cell, and the stored roster is unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { containsText, hasText, setUpCenter, tr, visible } from './harness';
import { call } from './beds-helpers';
import { addCarers, monthAhead, monthRange, setUpRosterCodes } from './rosters-helpers';
import type { GridAnswer } from './rosters-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

const cell = (page: Page, staffId: string, date: string) =>
  page.locator(`[data-testid="roster-cell"][data-staff="${staffId}"][data-date="${date}"]`);
const cover = (page: Page, shift: string, date: string) =>
  page.locator(`[data-testid="cover-cell"][data-shift="${shift}"][data-date="${date}"]`);

/** Types into the cell under the cursor and saves with Enter, once the box holds what was typed. */
async function typeInto(page: Page, staffId: string, date: string, text: string) {
  await cell(page, staffId, date).click();
  const input = cell(page, staffId, date).getByTestId('cell-input');
  await visible(input);
  await page.keyboard.type(text);
  await expect.poll(() => input.inputValue()).toBe(text);
  await input.press('Enter');
}

describe('roster grid', () => {
  it.each([
    { locale: 'zh-CN', language: 'zh-CN' },
    { locale: 'en-US', language: 'en' },
  ] as const)(
    'builds a month with a pattern, fixes a short night by typing, refuses an overlap ($language)',
    async ({ locale }) => {
      const session = await e2e.start({ locale });
      const { page, language } = session;
      await setUpCenter(session);
      await setUpRosterCodes(session);
      const [a, b, c] = (await addCarers(session, ['王秀英', '李建国', '张玉梅'])) as [
        string,
        string,
        string,
      ];
      const month = monthAhead(1);
      const { from, to } = monthRange(month);

      await session.open();
      await page.getByTestId('nav-rosters').click();
      await visible(page.locator('[data-testid="roster-page"][data-ready="true"]'));
      await page.goto(`${session.server().url.split('#')[0]}#/rosters?month=${month}`);
      await visible(page.locator(`[data-testid="roster-page"][data-from="${from}"][data-ready="true"]`));
      await visible(cell(page, a, from));

      // Two carers on 白白夜夜休休, two days apart: on days 5 and 6 of each cycle nobody is on nights.
      await page.getByTestId('roster-pattern').click();
      await visible(page.getByTestId('pattern-form'));
      await page.getByTestId('pattern-codes').fill('白 白 夜 夜 休 休');
      await page.locator(`[data-testid="pattern-person"][data-staff="${a}"]`).click();
      await page.locator(`[data-testid="pattern-person"][data-staff="${b}"]`).click();
      const preview = page.getByTestId('pattern-preview');
      await visible(preview);
      await expect
        .poll(() => page.locator(`input[data-testid="pattern-offset"][data-staff="${b}"]`).inputValue())
        .toBe('2');
      await page.getByTestId('pattern-form-submit').click();
      await hasText(cell(page, a, from), '白');
      await hasText(cell(page, b, from), '夜');

      // Day 5 of the month (index 4): a is on 休, b on 白 — the night is short by one.
      const day5 = `${month}-05`;
      const day6 = `${month}-06`;
      expect(await cell(page, a, day5).getAttribute('data-codes')).toBe('休');
      await expect.poll(() => cover(page, '夜', day5).getAttribute('data-short')).toBe('1');
      await hasText(cover(page, '夜', day5), tr(language, 'rostersUi:grid.cover.short', { count: 1 }));

      // c takes the night of day 5 from the keyboard: the cover says enough.
      await typeInto(page, c, day5, '夜');
      await expect.poll(() => cover(page, '夜', day5).getAttribute('data-short')).toBe('0');
      await hasText(cover(page, '夜', day5), tr(language, 'rostersUi:grid.cover.enough'));
      await expect.poll(() => cell(page, c, day5).getAttribute('data-codes')).toBe('夜');

      // An early shift at 06:00 the morning after that night overlaps it (the night ends at 08:00): refused.
      const before = await call<GridAnswer>(session, 'rosters.grid', { from, to });
      await typeInto(page, c, day6, '早');
      const error = page.getByTestId('cell-error');
      await visible(error);
      const refusal = await session.api('rosters.setCells', {
        changes: [{ staffId: c, date: day6, codes: ['早'] }],
      });
      expect(refusal.body.ok).toBe(false);
      expect(refusal.body.error?.code).toBe('rosters.overlap');
      await hasText(error, refusal.body.error?.message ?? '');
      await expect.poll(() => cell(page, c, day6).getAttribute('data-codes')).toBe('');
      const after = await call<GridAnswer>(session, 'rosters.grid', { from, to });
      expect(after.rows.find((r) => r.staffId === c)?.cells[day6]).toBeUndefined();
      expect(after.rows).toEqual(before.rows);

      // Lower case is the same code; arrows move on; Delete clears; Ctrl+Z puts it back.
      await cell(page, c, day6).click();
      await page.keyboard.press('Escape');
      await page.keyboard.press('ArrowRight');
      const day7 = `${month}-07`;
      await visible(cell(page, c, day7).getByTestId('cell-input'));
      await page.keyboard.type('休');
      await expect.poll(() => cell(page, c, day7).getByTestId('cell-input').inputValue()).toBe('休');
      await page.keyboard.press('Enter');
      await expect.poll(() => cell(page, c, day7).getAttribute('data-codes')).toBe('休');
      await page.keyboard.press('Delete');
      await expect.poll(() => cell(page, c, day7).getAttribute('data-codes')).toBe('');
      await page.keyboard.press('Control+z');
      await expect.poll(() => cell(page, c, day7).getAttribute('data-codes')).toBe('休');
      // The screen shows the undone cell at once; the core has it once the save is through.
      await expect
        .poll(async () => {
          const last = await call<GridAnswer>(session, 'rosters.grid', { from, to });
          return last.rows.find((r) => r.staffId === c)?.cells[day7];
        })
        .toEqual(['休']);

      // 白 at 08:00 right after the night ending at 08:00 is allowed, with a warning in words.
      await typeInto(page, c, day6, '白');
      await expect.poll(() => cell(page, c, day6).getAttribute('data-warning')).toBe('true');
      await containsText(
        page.locator('[data-testid="roster-warning"][data-kind="rest"]').first(),
        tr(language, 'rostersUi:grid.warnings.rest', { limit: 12, value: 0 }),
      );
    },
  );
});
