/**
 * Numbers out of range in the settings (bed counts, reassessment intervals,
 * backup counts) stay as typed and are refused beside the field, never quietly
 * replaced by the nearest allowed number.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasText, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';

const e2e = useE2E();

async function storedReassessmentMonths(session: AppSession): Promise<number> {
  await session.readCore(); // core.json caught up with the log
  const core = JSON.parse(await readFile(path.join(session.dataDir, 'core.json'), 'utf8')) as {
    settings: { reassessmentMonths: number };
  };
  return core.settings.reassessmentMonths;
}

describe('settings: numbers out of range', () => {
  it('keeps what was typed, says why beside the field, and saves nothing', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await page.getByTestId('nav-settings').click();
    await visible(page.getByTestId('settings-rules'));

    const months = page.locator('#setting-reassessmentMonths');
    await months.fill('99');
    await months.blur();
    await hasText(
      page.getByTestId('setting-reassessmentMonths-error'),
      tr('zh-CN', 'errors:validation.tooLarge'),
    );
    expect(await months.inputValue()).toBe('99');

    const keepLast = page.locator('#setting-backupRetention-keepLast');
    await keepLast.fill('0');
    await keepLast.blur();
    await hasText(
      page.getByTestId('setting-backupRetention-keepLast-error'),
      tr('zh-CN', 'errors:validation.tooSmall'),
    );
    expect(await keepLast.inputValue()).toBe('0');

    await page.getByTestId('settings-rules-save').click();
    await visible(page.getByTestId('setting-reassessmentMonths-error'));
    expect(await months.inputValue()).toBe('99');
    expect(await storedReassessmentMonths(session)).toBe(12);

    // A bed count below zero in the center's profile: the same.
    const beds = page.getByTestId('center-field-beds-residential');
    await beds.fill('-5');
    await beds.blur();
    await hasText(
      page.getByTestId('center-field-beds-residential-error'),
      tr('zh-CN', 'errors:validation.tooSmall'),
    );
    expect(await beds.inputValue()).toBe('-5');
  });
});
