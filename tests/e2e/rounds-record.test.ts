/**
 * A night round entered by keyboard only: 22 residents, one key each, a note
 * on the one who needs attention (N), the rest marked asleep at once (A), the
 * findings, saved by Ctrl+S; read back through `rounds.list` with the marks
 * as keyed. Leaving with marks not saved asks first.
 */
import { describe, expect, it } from 'vitest';
import { containsText, gone, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { aMinuteAgo, nightCarer, openPath, residentsInBeds } from './rounds-helpers';

const e2e = useE2E();

const row = (session: AppSession, index: number) => session.page.getByTestId('round-row').nth(index);

/** Presses a key on the grid and waits for the row it marks to show the mark. */
async function markBy(session: AppSession, index: number, key: string, mark: string) {
  await session.page.keyboard.press(key);
  await visible(session.page.locator(`[data-testid="round-row"][data-mark="${mark}"]`).nth(0));
  await expect.poll(() => row(session, index).getAttribute('data-mark')).toBe(mark);
}

describe('recording a round', () => {
  it('takes a night round of 22 residents from the keyboard and saves it in one call (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const residents = await residentsInBeds(session, 22);
    const carer = await nightCarer(session);
    await session.open();
    await page.getByTestId('nav-rounds').click();
    await visible(page.locator('[data-testid="rounds-day"][data-ready="true"]'));
    await visible(page.getByTestId('rounds-record'));
    // The round's time as the core's clock has it (see aMinuteAgo), in the address as a slot's link gives it.
    const at = aMinuteAgo();
    await openPath(session, `/rounds/new?area=${encodeURIComponent('全院')}&date=${at.date}&time=${at.time}`);
    await expect.poll(() => page.getByTestId('round-row').count()).toBe(22);
    // The sheet is in bed order, the grid has the focus so the keys work at once.
    expect(await row(session, 0).innerText()).toContain(residents[0]?.name ?? '?');
    expect(await row(session, 21).innerText()).toContain(residents[21]?.name ?? '?');
    await expect
      .poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')"))
      .toBe('round-grid');
    await expect.poll(() => page.getByTestId('round-count-expected').getAttribute('data-value')).toBe('22');

    // Who made the round: typed into the staff box, chosen with Enter.
    await page.locator('#round-staff').focus();
    await page.keyboard.type('张夜班');
    await visible(
      page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '张夜班' }),
    );
    await page.keyboard.press('Enter');
    await gone(page.locator('.ant-select-dropdown:visible'));
    await containsText(page.getByTestId('round-staff'), '张夜班');
    await page.getByTestId('round-grid').focus();

    // Rows 0-2 asleep, row 3 needs attention, row 4 awake; the cursor follows each key.
    await markBy(session, 0, '1', 'asleep');
    await markBy(session, 1, '1', 'asleep');
    await markBy(session, 2, '1', 'asleep');
    await markBy(session, 3, '4', 'needsAttention');
    await expect.poll(() => page.getByTestId('round-grid').getAttribute('data-cursor')).toBe('4');
    // N opens the note of the resident just marked "needs attention".
    await page.keyboard.press('n');
    await visible(page.getByTestId('round-note-input'));
    await expect
      .poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')"))
      .toBe('round-note-input');
    await page.keyboard.type('夜间咳嗽，已告知护士');
    await expect.poll(() => page.getByTestId('round-note-input').inputValue()).toBe('夜间咳嗽，已告知护士');
    await page.keyboard.press('Enter');
    await gone(page.getByTestId('round-note-input'));
    await expect.poll(() => page.getByTestId('round-grid').getAttribute('data-cursor')).toBe('4');
    await markBy(session, 4, '2', 'awake');
    // Down past a row and back up: the arrows move without marking.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByTestId('round-grid').getAttribute('data-cursor')).toBe('6');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.getByTestId('round-grid').getAttribute('data-cursor')).toBe('5');
    await markBy(session, 5, '3', 'normal');
    await expect.poll(() => page.getByTestId('round-count-checked').getAttribute('data-value')).toBe('6');
    await expect.poll(() => page.getByTestId('round-count-attention').getAttribute('data-value')).toBe('1');

    // Leaving now would lose six marks: the page asks, and staying keeps them.
    await page.getByTestId('nav-beds').click();
    await visible(page.getByTestId('rounds-leave-stay'));
    await page.getByTestId('rounds-leave-stay').click();
    await gone(page.getByTestId('rounds-leave-stay'));
    expect(page.url()).toContain('/rounds/new');
    await page.getByTestId('round-grid').focus();

    // The quiet rest of the night: A, confirmed with Enter.
    await page.keyboard.press('a');
    await visible(page.getByTestId('round-all-asleep-confirm'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('round-count-checked').getAttribute('data-value')).toBe('22');

    // Findings, then Ctrl+S from the box.
    await page.locator('#round-findings').focus();
    await page.keyboard.type('一位老人夜间咳嗽');
    await expect.poll(() => page.locator('#round-findings').inputValue()).toBe('一位老人夜间咳嗽');
    await page.keyboard.press('Control+s');
    await visible(page.locator('[data-testid="rounds-day"][data-ready="true"]'));
    await visible(page.getByTestId('rounds-round'));

    const answer = await session.api('rounds.list', { date: at.date });
    if (!answer.body.ok) throw new Error(JSON.stringify(answer.body));
    const rounds = answer.body.value as {
      staffId: string;
      expectedCount: number;
      checkedCount: number;
      abnormalCount: number;
      findings: string;
      marks: { personId: string; mark: string; note?: string }[];
    }[];
    expect(rounds).toHaveLength(1);
    const [round] = rounds;
    expect(round?.staffId).toBe(carer);
    expect(round?.expectedCount).toBe(22);
    expect(round?.checkedCount).toBe(22);
    expect(round?.abnormalCount).toBe(1);
    expect(round?.findings).toBe('一位老人夜间咳嗽');
    const markOf = (i: number) => round?.marks.find((m) => m.personId === residents[i]?.id);
    expect(markOf(0)?.mark).toBe('asleep');
    expect(markOf(3)).toEqual({
      personId: residents[3]?.id,
      mark: 'needsAttention',
      note: '夜间咳嗽，已告知护士',
    });
    expect(markOf(4)?.mark).toBe('awake');
    expect(markOf(5)?.mark).toBe('normal');
    expect(markOf(6)?.mark).toBe('asleep');
    expect(markOf(21)?.mark).toBe('asleep');
    expect(round?.marks.map((m) => m.personId)).toEqual(residents.map((r) => r.id));
    expect(tr('zh-CN', 'rounds:marks.asleep')).toBe('睡眠');
  });
});
