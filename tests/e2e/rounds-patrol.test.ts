/**
 * A fire patrol by keyboard: the plan's checklist answered with Y and F, one
 * finding described with what was done, saved by Ctrl+S; the list of nights
 * shows it with its finding, and the core holds it as entered.
 */
import { describe, expect, it } from 'vitest';
import { containsText, gone, setUpCenter, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { DEFAULT_PATROL_ITEMS } from '../../shared/schema/settings';
import { aMinuteAgo, nightCarer, openPath } from './rounds-helpers';

const e2e = useE2E();

const rowResult = (session: AppSession, index: number) =>
  session.page.getByTestId('patrol-row').nth(index).getAttribute('data-result');

describe('fire patrol', () => {
  it('records a patrol with one finding from the keyboard (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const carer = await nightCarer(session);
    await session.open();
    await page.getByTestId('nav-rounds').click();
    await page.getByTestId('rounds-patrols').click();
    await visible(page.getByTestId('patrols-record'));
    const at = aMinuteAgo();
    await openPath(session, `/rounds/patrols/new?date=${at.date}&time=${at.time}`);
    await expect.poll(() => page.getByTestId('patrol-row').count()).toBe(DEFAULT_PATROL_ITEMS.length);
    await page.locator('#round-staff').focus();
    await page.keyboard.type('张夜班');
    await visible(
      page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '张夜班' }),
    );
    await page.keyboard.press('Enter');
    await gone(page.locator('.ant-select-dropdown:visible'));
    await containsText(page.getByTestId('round-staff'), '张夜班');
    await page.getByTestId('patrol-grid').focus();

    await page.keyboard.press('y');
    await expect.poll(() => rowResult(session, 0)).toBe('ok');
    await page.keyboard.press(' ');
    await expect.poll(() => rowResult(session, 1)).toBe('ok');
    // F on the kitchen line: its boxes open with the cursor in the first.
    await page.keyboard.press('f');
    await expect.poll(() => rowResult(session, 2)).toBe('finding');
    await expect
      .poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')"))
      .toBe('patrol-finding-text');
    await page.keyboard.type('燃气阀未关');
    await expect.poll(() => page.getByTestId('patrol-finding-text').inputValue()).toBe('燃气阀未关');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')"))
      .toBe('patrol-fix-text');
    await page.keyboard.type('已当场关闭');
    await expect.poll(() => page.getByTestId('patrol-fix-text').inputValue()).toBe('已当场关闭');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('patrol-grid').getAttribute('data-cursor')).toBe('3');
    // Saving with lines unanswered is refused beside the first of them.
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => page.getByTestId('patrol-row-error').count())
      .toBe(DEFAULT_PATROL_ITEMS.length - 3);
    await expect.poll(() => page.getByTestId('patrol-grid').getAttribute('data-cursor')).toBe('3');
    await page.getByTestId('patrol-grid').focus();
    for (let i = 3; i < DEFAULT_PATROL_ITEMS.length; i += 1) {
      await page.keyboard.press('y');
      await expect.poll(() => rowResult(session, i)).toBe('ok');
    }
    // Each line answered loses its complaint.
    await expect.poll(() => page.getByTestId('patrol-row-error').count()).toBe(0);
    await page.keyboard.press('Control+s');
    await visible(page.locator('[data-testid="patrol-line"][data-findings="1"]'));
    await containsText(page.getByTestId('patrol-line'), '燃气阀未关');

    const answer = await session.api('rounds.patrols', { from: at.date, to: at.date });
    if (!answer.body.ok) throw new Error(JSON.stringify(answer.body));
    const patrols = answer.body.value as {
      staffId: string;
      time: string;
      items: { item: string; result: string; finding: string; fix: string }[];
    }[];
    expect(patrols).toHaveLength(1);
    expect(patrols[0]?.staffId).toBe(carer);
    expect(patrols[0]?.time).toBe(at.time);
    expect(patrols[0]?.items.map((i) => i.item)).toEqual([...DEFAULT_PATROL_ITEMS]);
    expect(patrols[0]?.items.filter((i) => i.result === 'finding')).toEqual([
      { item: DEFAULT_PATROL_ITEMS[2], result: 'finding', finding: '燃气阀未关', fix: '已当场关闭' },
    ]);
  });
});
