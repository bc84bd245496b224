/**
 * Shift templates and day codes in Chromium: crossing midnight is derived and
 * shown, paid hours beyond the shift are refused beside their field, a code
 * already used by a day code is refused by the main process beside the code.
 */
import { describe, expect, it } from 'vitest';
import { containsText, hasText, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('shift templates', () => {
  it.each([
    { locale: 'zh-CN', language: 'zh-CN' },
    { locale: 'en-US', language: 'en' },
  ] as const)(
    'refuses bad values beside their fields and saves a night shift ($language)',
    async ({ locale }) => {
      const session = await e2e.start({ locale });
      const { page, language } = session;
      await setUpCenter(session);
      const rest = await session.api('staff.saveDayCode', {
        code: '休',
        name: '休息',
        kind: 'rest',
        colour: '#f0f0f0',
        active: true,
      });
      expect(rest.body.ok).toBe(true);
      await session.open();
      await page.getByTestId('nav-staff').click();
      await page.getByTestId('staff-shifts').click();
      await visible(page.getByTestId('shifts-page'));
      await containsText(page.getByTestId('daycode-table'), '休息');

      await page.getByTestId('shift-add').click();
      await visible(page.getByTestId('shift-form'));
      await page.getByTestId('shift-field-code').fill('休');
      await page.getByTestId('shift-field-name').fill('Night');
      await page.getByTestId('shift-field-start').fill('20:00');
      await page.getByTestId('shift-field-end').fill('08:00');
      await page.getByTestId('shift-field-end').blur();
      const crosses = page.getByTestId('shift-crosses-midnight');
      await visible(crosses);
      expect(await crosses.getAttribute('data-value')).toBe('true');
      await page.getByTestId('shift-field-breakMinutes').fill('60');
      await page.getByTestId('shift-field-paidHours').fill('12');
      await page.getByTestId('shift-field-paidHours').blur();
      const before = await session.auditEntryCount();
      await page.getByTestId('shift-form-submit').click();
      await hasText(
        page.getByTestId('shift-field-paidHours-error'),
        tr(language, 'errors:validation.shift.paidExceedsSpan'),
      );

      await page.getByTestId('shift-field-paidHours').fill('11');
      await page.getByTestId('shift-field-paidHours').press('Control+s');
      await hasText(
        page.getByTestId('shift-field-code-error'),
        tr(language, 'errors:staff.codeTaken', { code: '休', name: '休息' }),
      );
      expect(await session.auditEntryCount()).toBe(before);

      await page.getByTestId('shift-field-code').fill('夜');
      await page.getByTestId('shift-form-submit').click();
      // Body rows only: the header's "Crosses midnight" also contains "night" (Playwright matches text case-insensitively).
      const row = page.getByTestId('shift-table').locator('tr.ant-table-row', { hasText: 'Night' });
      await visible(row);
      await containsText(row, tr(language, 'staff:shifts.yes'));
      expect(await session.auditEntryCount()).toBe(before + 1);
    },
  );
});
