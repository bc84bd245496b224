/**
 * The person page's assessment history: every ability assessment in a table
 * with locale-written dates and its print button, the level over time as a
 * chart, and the risk assessments beside them.
 */
import { describe, expect, it } from 'vitest';
import { containsText, hasText, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import { addPerson, saveAbility, scoresWith } from './assessments-helpers';

const e2e = useE2E();

describe('assessment history', () => {
  it('lists the assessments newest first, charts the level and opens the printed form', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const person = await addPerson(session, {
      name: '孙玉珍',
      sex: 'female',
      birthDate: '1936-12-01',
      sequence: 44,
    });
    await saveAbility(session, person.id, scoresWith({ 'B.1.1': 2 }), '2025-10-01'); // 88 → level 1
    const latest = await saveAbility(
      session,
      person.id,
      scoresWith({
        'B.1.1': 0,
        'B.1.3': 0,
        'B.2.3': 1,
        'B.2.4': 0,
        'B.3.4': 1,
        'B.4.3': 0,
        'B.4.4': 0,
        'B.4.5': 0,
      }),
      '2026-05-10',
    );
    expect(latest.result.finalLevel).toBe(2);
    await session.open();
    await page.goto(`${session.server().url.split('#')[0]}#/people/${person.id}`);
    await visible(page.getByTestId('assessment-history'));

    await visible(page.locator('[data-testid="level-chart"][data-points="2"]'));
    const rows = page.getByTestId('ability-history-row');
    expect(await rows.count()).toBe(2);
    // Newest first, dates as Chinese writes them.
    await containsText(rows.nth(0), '2026年5月10日');
    await containsText(rows.nth(0), tr('zh-CN', 'domain:ability.level.l2'));
    await containsText(rows.nth(1), '2025年10月1日');
    await containsText(rows.nth(1), '88 / 90');
    await hasText(
      page.getByTestId('risk-history').locator('.ant-empty-description, .ant-table-placeholder').first(),
      tr('zh-CN', 'assessment:history.riskEmpty'),
    );

    await rows.nth(0).getByTestId('ability-history-print').click();
    await visible(page.locator('[data-testid="print-ability"][data-ready="true"]'));
    await hasText(
      page.getByTestId('print-final-level'),
      tr('zh-CN', 'print:person.fields.levelValue', {
        level: 2,
        name: tr('zh-CN', 'domain:ability.level.l2'),
      }),
    );
    await page.getByTestId('print-back').click();
    await visible(page.getByTestId('assessment-history'));
  });
});
