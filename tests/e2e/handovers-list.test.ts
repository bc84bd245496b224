/**
 * The handover list: today's shifts with the state of their handover and the
 * button that opens each, the saved handovers of a date range with who signed,
 * and the empty range that says what to do next.
 */
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../shared/domain/census';
import { tr, visible } from './harness';
import { goTo, today } from './beds-stays-helpers';
import { NIGHT, setUpHandover } from './handovers-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('the handover list', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    'lists saved handovers and opens a shift from today (%s)',
    async (locale) => {
      const session = await e2e.start({ locale });
      const { page } = session;
      const lang = session.language;
      await setUpHandover(session);
      const saved = await session.api('handovers.saveDraft', {
        date: today(),
        shiftCode: NIGHT,
        area: '',
        sections: { departures: [], admissions: [], critical: [], events: [], leave: [], roundFindings: [] },
      });
      expect(saved.body.ok).toBe(true);
      await session.open();
      await goTo(session, '/handovers');

      const row = await visible(page.getByTestId('handover-row').first());
      expect(await row.getAttribute('data-date')).toBe(today());
      expect(await row.getByTestId('handover-row-state').textContent()).toBe(
        tr(lang, 'handovers:state.draft'),
      );

      // Tonight's shift in the strip: its draft is saved, so the button continues it.
      const open = page.getByTestId(`handover-open-${today()}-${NIGHT}`);
      expect(await open.textContent()).toBe(tr(lang, 'handovers:today.continue'));
      await open.click();
      await visible(page.getByTestId('handover-draft-form'));
      expect(page.url()).toContain(`date=${today()}`);

      // A range without handovers says how to make one.
      const before = addDaysIso(today(), -30);
      await goTo(session, `/handovers?from=${before}&to=${addDaysIso(before, 3)}`);
      await visible(page.getByText(tr(lang, 'handovers:list.empty')));
      expect(await page.getByTestId('handover-row').count()).toBe(0);
    },
  );
});
