/**
 * Pictures of the incidents for the README, in Chinese and in English: the
 * list, the report form, one incident with its family notification and
 * review, and the incident report as printed, from the demo center, 1280×800, written to
 * resources/screenshots/{incidents,incident-form,incident,incident-report}-{zh,en}.png.
 * Run after `npx electron-vite build`:
 *   npx tsx tests/e2e/incidents-screenshots.ts
 */
import path from 'node:path';
import { toIsoDate } from '../../shared/domain/dates';
import { seedDemo } from '../../electron/core/demo';
import { tr, visible } from './harness';
import type { AppSession, SystemLocale } from './harness';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';

const VIEWPORT = { width: 1280, height: 800 };
const LOCALES: [SystemLocale, string][] = [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
];
const DEMO = { seed: 7, years: 1, beds: 20, members: 4, today: toIsoDate(new Date()) };

interface Row {
  incident: { id: string; date: string; personIds: string[]; familyNotification: unknown; review: unknown };
}

const DAY = 86_400_000;
const daysBack = (n: number) => toIsoDate(new Date(Date.now() - n * DAY));

/** The demo year's incidents, newest first (the core lists at most 62 days a call). */
async function demoIncidents(session: AppSession): Promise<Row[]> {
  const rows: Row[] = [];
  for (let back = 0; back < 366; back += 60) {
    const answer = await session.api('incidents.list', { from: daysBack(back + 59), to: daysBack(back) });
    if (!answer.body.ok) throw new Error(`incidents.list failed: ${JSON.stringify(answer.body)}`);
    rows.push(...(answer.body.value as Row[]));
  }
  return rows;
}

/** One with the family told and the review written (the page then shows every section), else the newest. */
async function shownIncident(session: AppSession): Promise<{ id: string; date: string; personId: string }> {
  const rows = await demoIncidents(session);
  const row =
    rows.find((r) => r.incident.familyNotification !== null && r.incident.review !== null) ?? rows[0];
  if (!row) throw new Error('the demo center has no incident this year');
  return { id: row.incident.id, date: row.incident.date, personId: row.incident.personIds[0] ?? '' };
}

runScreenshots(async (suite) => {
  for (const [locale, suffix] of LOCALES) {
    const options = {
      locale,
      viewport: VIEWPORT,
      parentName: 'township-care-incidents-screenshots',
      prepare: (dataDir: string) => seedDemo(dataDir, DEMO).then(() => undefined),
    };
    await withFixedFolder(suite, options, async (session) => {
      const { page } = session;
      const base = session.server().url.split('#')[0] ?? '';
      await session.open();

      await page.goto(`${base}#/incidents?from=${daysBack(365)}`);
      await visible(page.getByTestId('incident-row').first());
      await shoot(page, path.join(SCREENSHOT_DIR, `incidents-${suffix}.png`));

      const { id, date, personId } = await shownIncident(session);
      await page.goto(`${base}#/incidents/new?personId=${personId}`);
      await visible(page.getByTestId('incident-form'));
      const kind = page.locator('#incident-field-category');
      await kind.focus();
      await kind.fill(tr(session.language, 'domain:incident.fall'));
      await visible(page.locator('.ant-select-dropdown:visible .ant-select-item-option-active'));
      await kind.press('Enter');
      await page
        .getByTestId('incident-field-place')
        .fill(session.language === 'en' ? 'Room 203 bathroom' : '203室卫生间');
      await page
        .getByTestId('incident-field-description')
        .fill(
          session.language === 'en'
            ? 'Found sitting on the bathroom floor at night.'
            : '夜班巡视时发现老人坐在卫生间地上，神志清楚。',
        );
      await page.getByTestId('incident-field-place').focus();
      await shoot(page, path.join(SCREENSHOT_DIR, `incident-form-${suffix}.png`));

      await page.goto(`${base}#/incidents/${id}?date=${date}`);
      await visible(page.getByTestId('incident-facts'));
      await shoot(page, path.join(SCREENSHOT_DIR, `incident-${suffix}.png`));

      await page.goto(`${base}#/print/incidents/${id}?date=${date}`);
      await visible(page.locator('[data-testid="print-incident"][data-ready="true"]'));
      await shoot(page, path.join(SCREENSHOT_DIR, `incident-report-${suffix}.png`));
    });
  }
});
