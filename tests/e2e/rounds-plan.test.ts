/**
 * The round plan edited from the settings page: an area renamed and its night
 * rounds every three hours (the preview follows before saving), a patrol
 * checklist line added, moved up and another removed; saved by Ctrl+S and
 * read back through `rounds.plan`.
 */
import { describe, expect, it } from 'vitest';
import { containsText, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import { DEFAULT_PATROL_ITEMS } from '../../shared/schema/settings';

const e2e = useE2E();

describe('round plan', () => {
  it('is edited and saved with its patrol checklist (en)', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('round-plan-open').click();
    await visible(page.getByTestId('plan-area'));

    await page.getByTestId('plan-area-name').fill('Building 1');
    await page.getByTestId('plan-area-every').fill('3');
    await expect.poll(() => page.getByTestId('plan-area-every').inputValue()).toBe('3');
    await containsText(page.getByTestId('plan-preview-area'), '01:00');
    await containsText(page.getByTestId('plan-preview-area'), '04:00');

    const items = page.getByTestId('plan-patrol-item');
    await page.getByTestId('plan-patrol-new').fill('配电房无异常');
    await expect.poll(() => page.getByTestId('plan-patrol-new').inputValue()).toBe('配电房无异常');
    await page.getByTestId('plan-patrol-new').press('Enter');
    await expect.poll(() => items.count()).toBe(DEFAULT_PATROL_ITEMS.length + 1);
    await items.last().getByTestId('plan-patrol-up').click();
    await items.first().getByTestId('plan-patrol-remove').click();
    await expect.poll(() => items.count()).toBe(DEFAULT_PATROL_ITEMS.length);
    await page.getByTestId('plan-patrol-per-night').fill('3');
    await expect.poll(() => page.getByTestId('plan-patrol-per-night').inputValue()).toBe('3');

    await page.keyboard.press('Control+s');
    await visible(page.locator('.ant-message', { hasText: tr('en', 'rounds:plan.saved') }));

    const answer = await session.api('rounds.plan');
    if (!answer.body.ok) throw new Error(JSON.stringify(answer.body));
    const plan = answer.body.value as {
      areas: { name: string; night: { from: string; to: string; everyHours: number } | null }[];
      firePatrol: { items: string[]; perNight: number };
    };
    expect(plan.areas).toHaveLength(1);
    expect(plan.areas[0]?.name).toBe('Building 1');
    expect(plan.areas[0]?.night).toEqual({ from: '22:00', to: '06:00', everyHours: 3 });
    const expected = [...DEFAULT_PATROL_ITEMS.slice(1, -1), '配电房无异常', DEFAULT_PATROL_ITEMS.at(-1)];
    expect(plan.firePatrol.items).toEqual(expected);
    expect(plan.firePatrol.perNight).toBe(3);
  });
});
