/**
 * Pictures of the admission for the README, in Chinese and in English: the
 * admission form filled in for an elder of the demo center, and the admission
 * record as printed, and the elder's page with the stay, 1280×800, written to
 * resources/screenshots/{admission,admission-record,residence}-{zh,en}.png. Run after
 * `npx electron-vite build`:
 *   npx tsx tests/e2e/beds-stays-screenshots.ts
 */
import path from 'node:path';
import { toIsoDate } from '../../shared/domain/dates';
import { seedDemo } from '../../electron/core/demo';
import { chooseOption, tr, visible } from './harness';
import type { AppSession, SystemLocale } from './harness';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';

const VIEWPORT = { width: 1280, height: 800 };
const LOCALES: [SystemLocale, string][] = [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
];
/** Today is the real one: the admission date defaults to it, and the assessments are judged from it. */
const DEMO = { seed: 7, years: 1, beds: 20, members: 4, today: toIsoDate(new Date()) };

interface PersonList {
  items: { id: string; sex: string }[];
}

/** An elder in care who lives at home today (no open stay), so there is somebody to admit. */
async function elderAtHome(session: AppSession): Promise<string> {
  const list = await session.api('people.list', { status: 'active', limit: 200 });
  for (const { id } of (list.body.value as PersonList).items) {
    const history = await session.api('beds.personHistory', { personId: id });
    const stays = (history.body.value as { stays: { stay: { dischargedOn: string | null } }[] }).stays;
    if (stays.every((s) => s.stay.dischargedOn !== null)) return id;
  }
  throw new Error('the demo center has nobody to admit');
}

/** A resident today and their stay, for the printed record. */
async function residentStay(session: AppSession): Promise<{ personId: string; stayId: string }> {
  const board = await session.api('beds.board', { date: toIsoDate(new Date()) });
  const value = board.body.value as {
    buildings: {
      floors: { rooms: { beds: { occupant: null | { personId: string; stayId: string } }[] }[] }[];
    }[];
  };
  const occupant = value.buildings
    .flatMap((b) => b.floors.flatMap((f) => f.rooms.flatMap((r) => r.beds.map((bed) => bed.occupant))))
    .find((o) => o !== null);
  if (!occupant) throw new Error('the demo center has no resident today');
  return occupant;
}

runScreenshots(async (suite) => {
  for (const [locale, suffix] of LOCALES) {
    const options = {
      locale,
      viewport: VIEWPORT,
      parentName: 'township-care-stays-screenshots',
      prepare: (dataDir: string) => seedDemo(dataDir, DEMO).then(() => undefined),
    };
    await withFixedFolder(suite, options, async (session) => {
      const { page } = session;
      const base = session.server().url.split('#')[0] ?? '';
      await session.open();
      const personId = await elderAtHome(session);
      await page.goto(`${base}#/beds/admit?personId=${personId}`);
      await visible(page.getByTestId('admit-person-name'));
      await page.getByTestId('stay-field-bedId').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      await page.getByTestId('stay-field-contractNumber').fill('HT-2026-031');
      await chooseOption(page, 'stay-field-source', tr(session.language, 'beds:stays.code.source.home'));
      await chooseOption(
        page,
        'stay-field-funding',
        tr(session.language, 'beds:stays.code.funding.selfPaying'),
      );
      await page.getByTestId('stay-field-emergencyContactConfirmed').click();
      await page.getByTestId('stay-field-contractNumber').focus();
      await page.evaluate(
        'document.querySelector("main, .ant-layout-content")?.scrollTo(0, 0); window.scrollTo(0, 0)',
      );
      await shoot(page, path.join(SCREENSHOT_DIR, `admission-${suffix}.png`));

      const { personId: resident, stayId } = await residentStay(session);
      await page.goto(`${base}#/print/beds/admission/${stayId}?person=${resident}`);
      await visible(page.locator('[data-testid="print-admission"][data-ready="true"]'));
      await shoot(page, path.join(SCREENSHOT_DIR, `admission-record-${suffix}.png`));

      await page.goto(`${base}#/people/${resident}`);
      await visible(page.getByTestId('residence-bed'));
      await page.getByTestId('residence-card').scrollIntoViewIfNeeded();
      await shoot(page, path.join(SCREENSHOT_DIR, `residence-${suffix}.png`));
    });
  }
});
