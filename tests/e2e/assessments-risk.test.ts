/**
 * Service-safety risk assessment (GB 38600-2019): nine risks graded; a risk
 * above low without written control measures is refused, with the complaint
 * beside that risk, and nothing is stored until the measures are written.
 */
import { describe, expect, it } from 'vitest';
import { RISK_CODES } from '../../shared/domain/risk';
import { chooseOption, hasText, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import { addPerson, personDetail } from './assessments-helpers';

const e2e = useE2E();

describe('risk assessment', () => {
  it('refuses a high risk without control measures, then saves with them', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const person = await addPerson(session, {
      name: '王德福',
      sex: 'male',
      birthDate: '1943-09-15',
      sequence: 33,
    });
    await session.open();
    await page.goto(`${session.server().url.split('#')[0]}#/people/${person.id}/assess/risk`);
    await visible(page.getByTestId('risk-page'));

    expect(await page.locator('[data-testid^="risk-row-"]').count()).toBe(RISK_CODES.length);
    for (const code of RISK_CODES) {
      await hasText(page.getByTestId(`risk-row-${code}`).locator('th'), tr('zh-CN', `domain:risk.${code}`));
      await page.getByTestId(`risk-grade-${code}-none`).click();
    }
    await page.getByTestId('risk-grade-choking-high').click();
    await page.getByTestId('risk-grade-fall-low').click();
    await chooseOption(page, 'risk-reason', tr('zh-CN', 'assessment:risk.reason.admission'));
    await page.getByTestId('risk-assessor').fill('王秀兰');
    await page.getByTestId('risk-submit').click();

    // The complaint sits beside the high risk; the low one needs none.
    await hasText(
      page.getByTestId('risk-measures-choking-error'),
      tr('zh-CN', 'errors:validation.risk.measuresRequired'),
    );
    await visible(page.getByTestId('risk-missing'));
    expect(await page.getByTestId('risk-measures-fall-error').count()).toBe(0);
    expect((await personDetail(session, person.id)).riskAssessments).toHaveLength(0);

    await page.getByTestId('risk-measures-choking').fill('进食时专人看护，食物切小块');
    await page.getByTestId('risk-measures-choking-error').waitFor({ state: 'detached' });
    await page.getByTestId('risk-submit').click();

    await visible(page.getByTestId('person-page'));
    const stored = (await personDetail(session, person.id)).riskAssessments;
    expect(stored).toHaveLength(1);
    expect(stored[0]?.risks.choking).toEqual({ grade: 'high', measures: '进食时专人看护，食物切小块' });
    expect(stored[0]?.risks.fall?.grade).toBe('low');
  });

  it('shows each risk its own example of control measures once graded above low', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const person = await addPerson(session, {
      name: '王德福',
      sex: 'male',
      birthDate: '1943-09-15',
      sequence: 33,
    });
    await session.open();
    await page.goto(`${session.server().url.split('#')[0]}#/people/${person.id}/assess/risk`);
    await visible(page.getByTestId('risk-page'));
    for (const code of ['choking', 'wandering', 'fall'] as const) {
      await page.getByTestId(`risk-grade-${code}-medium`).click();
      expect(await page.getByTestId(`risk-measures-${code}`).getAttribute('placeholder')).toBe(
        tr('zh-CN', `domain:riskMeasuresExample.${code}`),
      );
    }
    const examples = new Set(
      await Promise.all(
        ['choking', 'wandering', 'fall'].map((code) =>
          page.getByTestId(`risk-measures-${code}`).getAttribute('placeholder'),
        ),
      ),
    );
    expect(examples.size).toBe(3);
  });

  it('asks for a grade for every risk', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    const person = await addPerson(session, {
      name: 'Wang Defu',
      sex: 'male',
      birthDate: '1943-09-15',
      sequence: 35,
    });
    await session.open();
    await page.goto(`${session.server().url.split('#')[0]}#/people/${person.id}/assess/risk`);
    await visible(page.getByTestId('risk-page'));
    await page.getByTestId('risk-grade-scald-medium').click();
    await page.getByTestId('risk-submit').click();
    await hasText(page.getByTestId('risk-grade-choking-error'), tr('en', 'errors:validation.invalidOption'));
    await hasText(
      page.getByTestId('risk-measures-scald-error'),
      tr('en', 'errors:validation.risk.measuresRequired'),
    );
    expect((await personDetail(session, person.id)).riskAssessments).toHaveLength(0);
  });
});
