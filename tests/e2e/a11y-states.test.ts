/**
 * States no page walk reaches, checked by axe-core at the end of short flows,
 * in Chinese and in English: a refused form's error messages, a risk form with
 * medium and high grades chosen and its complaints shown, a half-scored
 * ability form with its level, a person's warning flags, and an open filter
 * list. Colour is most often wrong exactly there (red and orange text, white
 * on a coloured button).
 */
import { describe, it } from 'vitest';
import { setUpCenter, visible } from './harness';
import type { SystemLocale } from './harness';
import { useE2E } from './use-e2e';
import { expectReadable } from './axe';
import { addPerson } from './people-helpers';
import { openAbilityForm, pickAll } from './assessments-helpers';

const e2e = useE2E();
const LOCALES: SystemLocale[] = ['zh-CN', 'en-US'];

describe.each(LOCALES)('readable states in %s', (locale) => {
  it('errors, chosen grades, levels, flags and an open list are readable', async () => {
    const session = await e2e.start({ locale });
    const { page } = session;
    await setUpCenter(session);
    // No ID number (flag "incomplete") and served today, never assessed (flag "due").
    const id = await addPerson(session, {
      name: locale === 'zh-CN' ? '赵桂香' : 'Zhao Guixiang',
      sex: 'female',
      birthDate: '1941-06-12',
      services: ['dayCare'],
    });
    await session.open();
    const base = session.server().url.split('#')[0] ?? '';

    await page.goto(`${base}#/people/new`);
    await page.getByTestId('person-submit').click();
    await visible(page.locator('.ant-form-item-explain-error').first());
    await expectReadable(page, 'the new-person form with its errors');

    await page.goto(`${base}#/people/${id}`);
    await visible(page.getByTestId('person-flag-incomplete'));
    await visible(page.getByTestId('person-flag-due'));
    await expectReadable(page, "a person's page with both flags");

    await page.goto(`${base}#/people/${id}/assess/risk`);
    await visible(page.getByTestId('risk-page'));
    await page.getByTestId('risk-grade-choking-medium').click();
    await page.getByTestId('risk-grade-fall-high').click();
    await page.getByTestId('risk-submit').click();
    await visible(page.getByTestId('risk-measures-choking-error'));
    await expectReadable(page, 'the risk form with medium and high chosen and refused');

    await openAbilityForm(session, id);
    // Scores that land on a middle level (its tag colour is one of the pale ones before the fix).
    await pickAll(page, { 'B.1.1': 0, 'B.1.2': 0, 'B.1.3': 0, 'B.1.4': 0, 'B.2.1': 0, 'B.2.2': 0 });
    await visible(page.locator('[data-testid="summary-final"] .ant-tag'));
    await expectReadable(page, 'the ability form with its level');

    await page.goto(`${base}#/people`);
    await visible(page.getByTestId('people-row').first());
    await page.getByTestId('people-filter-level').click();
    await visible(page.locator('.ant-select-dropdown:visible .ant-select-item-option').first());
    await expectReadable(page, 'the list with the level filter open');
  });
});
