/**
 * Ability assessment (GB/T 42195-2022): the summary follows every pick, an
 * incomplete form is refused with the unanswered items outlined, the two
 * assessors must differ, a dementia diagnosis raises the level by one with
 * its reason shown, and the saved level appears on the person's page.
 */
import { describe, expect, it } from 'vitest';
import { ABILITY_ITEMS } from '../../shared/domain/ability';
import { chooseOption, containsText, hasText, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import { addPerson, itemId, openAbilityForm, personDetail, pickAll } from './assessments-helpers';

const e2e = useE2E();

describe('ability assessment', () => {
  it('scores all 26 items, shows 90 and level 0, refuses gaps and equal assessors, and saves', async () => {
    const session = await e2e.start({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const { page } = session;
    await setUpCenter(session);
    const person = await addPerson(session, {
      name: '张三丰',
      sex: 'male',
      birthDate: '1941-03-08',
      sequence: 11,
    });
    await session.open();
    await openAbilityForm(session, person.id);

    // Four parts with 8, 4, 9 and 5 items, each option in the standard's words.
    for (const [dimension, count] of [
      ['selfCare', 8],
      ['motor', 4],
      ['mental', 9],
      ['perception', 5],
    ] as const) {
      expect(
        await page.getByTestId(`ability-dimension-${dimension}`).locator('[data-answered]').count(),
      ).toBe(count);
    }
    await containsText(page.getByTestId(itemId('B.1.1')), tr('zh-CN', 'domain:ability.option.eating.s4'));
    await hasText(page.getByTestId('summary-total'), '0 / 90');

    // Saving now is refused: every item is outlined and counted.
    await page.getByTestId('ability-submit').click();
    await visible(page.getByTestId('ability-unanswered'));
    await containsText(page.getByTestId('ability-unanswered'), String(ABILITY_ITEMS.length));
    expect(await page.locator('[data-unanswered="true"]').count()).toBe(ABILITY_ITEMS.length);
    expect((await personDetail(session, person.id)).abilityAssessments).toHaveLength(0);

    // Keyboard: a digit on the focused item picks that score and moves on to the next item.
    await page.getByTestId(`${itemId('B.1.1')}-option-4`).focus();
    await page.keyboard.press('3');
    await visible(page.locator(`[data-testid="${itemId('B.1.1')}"][data-answered="true"]`));
    await hasText(
      page.getByTestId(`${itemId('B.1.1')}-score`),
      tr('zh-CN', 'assessment:ability.itemScore', { score: 3 }),
    );
    await page.keyboard.press('4');
    await hasText(
      page.getByTestId(`${itemId('B.1.2')}-score`),
      tr('zh-CN', 'assessment:ability.itemScore', { score: 4 }),
    );
    await hasText(page.getByTestId('summary-total'), '7 / 90');
    await hasText(page.getByTestId('summary-dimension-selfCare'), '7 / 32');

    // Everything at its best: 90, level 0 (能力完好), no adjustment.
    await pickAll(page);
    await hasText(page.getByTestId('summary-total'), '90 / 90');
    for (const [dimension, max] of [
      ['selfCare', 32],
      ['motor', 15],
      ['mental', 28],
      ['perception', 15],
    ] as const) {
      await hasText(page.getByTestId(`summary-dimension-${dimension}`), `${max} / ${max}`);
    }
    const level0 = tr('zh-CN', 'assessment:summary.levelWithNumber', {
      level: 0,
      name: tr('zh-CN', 'domain:ability.level.l0'),
    });
    await hasText(page.getByTestId('summary-preliminary'), level0);
    await hasText(page.getByTestId('summary-final'), level0);
    await hasText(page.getByTestId('summary-adjustments'), tr('zh-CN', 'assessment:summary.noAdjustment'));
    await page.getByTestId('ability-unanswered').waitFor({ state: 'detached' });

    // One item lower: 89 is level 1 (轻度失能).
    await page.getByTestId(`${itemId('B.4.5')}-option-3`).click();
    await hasText(page.getByTestId('summary-total'), '89 / 90');
    await visible(page.locator('[data-testid="summary-final"][data-level="1"]'));
    await page.getByTestId(`${itemId('B.4.5')}-option-4`).click();
    await visible(page.locator('[data-testid="summary-final"][data-level="0"]'));

    // Reason and the two assessors; the same name twice is refused beside the second.
    await chooseOption(page, 'ability-reason', tr('zh-CN', 'domain:ability.reason.first'));
    await page.getByTestId('ability-assessor-1').fill('王秀兰');
    await page.getByTestId('ability-assessor-2').fill('王秀兰');
    await page.getByTestId('ability-submit').click();
    await hasText(
      page.getByTestId('ability-assessor-2-error'),
      tr('zh-CN', 'errors:validation.ability.assessorsDistinct'),
    );
    expect((await personDetail(session, person.id)).abilityAssessments).toHaveLength(0);

    await page.getByTestId('ability-assessor-2').fill('赵明');
    await page.getByTestId('ability-submit').click();

    // Back on the person's page, which shows the new level.
    await visible(page.getByTestId('person-page'));
    await containsText(page.getByTestId('person-ability'), tr('zh-CN', 'domain:ability.level.l0'));
    const detail = await personDetail(session, person.id);
    expect(detail.currentLevel).toBe(0);
    expect(detail.abilityAssessments).toHaveLength(1);
  });

  it('raises a person with dementia by one level and says why', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const person = await addPerson(session, {
      name: '李桂兰',
      sex: 'female',
      birthDate: '1938-07-21',
      sequence: 22,
      dementia: true,
    });
    await session.open();
    await openAbilityForm(session, person.id);

    // The record's diagnosis is ticked and cannot be unticked here.
    const dementia = await visible(page.getByTestId('ability-dementia'));
    expect(await dementia.isChecked()).toBe(true);
    expect(await dementia.isDisabled()).toBe(true);
    await containsText(page.getByTestId('summary-factors'), tr('zh-CN', 'assessment:summary.dementia'));

    await pickAll(page);
    await hasText(page.getByTestId('summary-total'), '90 / 90');
    await hasText(
      page.getByTestId('summary-preliminary'),
      tr('zh-CN', 'assessment:summary.levelWithNumber', {
        level: 0,
        name: tr('zh-CN', 'domain:ability.level.l0'),
      }),
    );
    await visible(page.locator('[data-testid="summary-adjustment-reason"][data-reason="dementia"]'));
    await hasText(
      page.locator('[data-testid="summary-adjustment-reason"][data-reason="dementia"]'),
      tr('zh-CN', 'domain:ability.adjustment.dementia'),
    );
    await hasText(
      page.getByTestId('summary-final'),
      tr('zh-CN', 'assessment:summary.levelWithNumber', {
        level: 1,
        name: tr('zh-CN', 'domain:ability.level.l1'),
      }),
    );

    await chooseOption(page, 'ability-reason', tr('zh-CN', 'domain:ability.reason.routine'));
    await page.getByTestId('ability-assessor-1').fill('王秀兰');
    await page.getByTestId('ability-assessor-2').fill('赵明');
    await page.getByTestId('ability-submit').click();
    await visible(page.getByTestId('person-page'));
    await containsText(page.getByTestId('person-ability'), tr('zh-CN', 'domain:ability.level.l1'));
    expect((await personDetail(session, person.id)).currentLevel).toBe(1);
  });

  it('reads in English too', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    const person = await addPerson(session, {
      name: 'Li Guilan',
      sex: 'female',
      birthDate: '1940-02-02',
      sequence: 42,
    });
    await session.open();
    await openAbilityForm(session, person.id);
    await hasText(
      page.getByRole('heading', { level: 1 }),
      `${tr('en', 'assessment:ability.title')} · Li Guilan`,
    );
    await containsText(page.getByTestId(itemId('B.2.4')), tr('en', 'domain:ability.option.stairs.s3'));
    await pickAll(page, { 'B.1.1': 0, 'B.1.3': 0 });
    await hasText(page.getByTestId('summary-total'), '82 / 90');
    await hasText(
      page.getByTestId('summary-final'),
      tr('en', 'assessment:summary.levelWithNumber', { level: 1, name: tr('en', 'domain:ability.level.l1') }),
    );
  });

  it('sets level 4 directly for a person in a coma, without scoring every item', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    const person = await addPerson(session, {
      name: 'Zhou Fang',
      sex: 'female',
      birthDate: '1935-05-05',
      sequence: 46,
    });
    await session.open();
    await openAbilityForm(session, person.id);
    await page.getByTestId(`${itemId('B.3.9')}-option-0`).click();
    await page.getByTestId('ability-coma').check();
    await visible(page.locator('[data-testid="summary-adjustment-reason"][data-reason="coma"]'));
    await hasText(
      page.getByTestId('summary-final'),
      tr('en', 'assessment:summary.levelWithNumber', { level: 4, name: tr('en', 'domain:ability.level.l4') }),
    );
    await chooseOption(page, 'ability-reason', tr('en', 'domain:ability.reason.onChange'));
    await page.getByTestId('ability-assessor-1').fill('Wang Xiulan');
    await page.getByTestId('ability-assessor-2').fill('Zhao Ming');
    await page.getByTestId('ability-submit').click();
    await visible(page.getByTestId('person-page'));
    expect((await personDetail(session, person.id)).currentLevel).toBe(4);
  });
});
