/**
 * Pictures of the handover screens for the README, in Chinese and in English:
 * the shift running now compiled into a draft, and a busy day's signed handover
 * on paper, on a cheap 1366×768 screen, written to
 * resources/screenshots/{handover-compile,handover-print}-{zh,en}.png. The data
 * is the deterministic demo center whose "today" is the real one. Run after
 * `npx electron-vite build`:
 *   npx tsx tests/e2e/handovers-screenshots.ts
 */
import path from 'node:path';
import { addDaysIso } from '../../shared/domain/census';
import { toIsoDate } from '../../shared/domain/dates';
import { seedDemo } from '../../electron/core/demo';
import { visible } from './harness';
import type { AppSession, SystemLocale } from './harness';
import { SCREENSHOT_DIR, runScreenshots, shoot, withFixedFolder } from './screenshot-kit';

const VIEWPORT = { width: 1366, height: 768 };
const LOCALES: [SystemLocale, string][] = [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
];
const TODAY = toIsoDate(new Date());
const DEMO = { seed: 7, years: 1, beds: 24, members: 4, today: TODAY };
/** The demo's shift codes (electron/core/demo/setup.ts). */
const DAY_SHIFT = '白';
const NIGHT_SHIFT = '夜';

async function goTo(session: AppSession, route: string): Promise<void> {
  await session.page.goto(`${session.server().url.split('#')[0]}#${route}`);
}

interface Listed {
  id: string;
  date: string;
  sections: Record<string, unknown[]>;
}

/** The demo's signed handover of the last fortnight with the most lines: the paper as it looks on a busy day. */
async function busiestHandover(session: AppSession): Promise<Listed> {
  const answer = await session.api('handovers.list', {
    from: addDaysIso(TODAY, -14),
    to: addDaysIso(TODAY, -1),
  });
  const list = answer.body.ok ? (answer.body.value as Listed[]) : [];
  const lines = (h: Listed) => Object.values(h.sections).reduce((n, items) => n + items.length, 0);
  const found = [...list].sort((a, b) => lines(b) - lines(a))[0];
  if (!found)
    throw new Error(`the demo has no handover in the last fortnight: ${JSON.stringify(answer.body)}`);
  return found;
}

interface Board {
  buildings: { floors: { rooms: { beds: { occupant: { personId: string } | null }[] }[] }[] }[];
}

/** The shift running now (by the demo's day 08–20 and night 20–08) and the date it started. */
function shiftNow(): { date: string; code: string } {
  const hour = new Date().getHours();
  if (hour >= 8 && hour < 20) return { date: TODAY, code: DAY_SHIFT };
  return { date: hour < 8 ? addDaysIso(TODAY, -1) : TODAY, code: NIGHT_SHIFT };
}

/** The demo's today is quiet: one resident goes to hospital during this shift and one is critically ill. */
async function busyShift(session: AppSession): Promise<void> {
  const answer = await session.api('beds.board', { date: TODAY });
  if (!answer.body.ok) throw new Error(`beds.board failed: ${JSON.stringify(answer.body)}`);
  const residents = (answer.body.value as Board).buildings
    .flatMap((b) => b.floors.flatMap((f) => f.rooms.flatMap((r) => r.beds)))
    .flatMap((bed) => (bed.occupant ? [bed.occupant.personId] : []));
  const [inHospital, critical] = [residents[1], residents[3]];
  if (inHospital === undefined || critical === undefined) throw new Error('the demo has too few residents');
  for (const [channel, arg] of [
    [
      'beds.leaveOut',
      { personId: inHospital, kind: 'hospital', from: TODAY, expectedReturn: null, mealStop: true },
    ],
    ['beds.markCritical', { personId: critical, from: addDaysIso(TODAY, -1) }],
  ] as const) {
    const done = await session.api(channel, arg);
    if (!done.body.ok) throw new Error(`${channel} failed: ${JSON.stringify(done.body)}`);
  }
}

runScreenshots(async (suite) => {
  for (const [locale, suffix] of LOCALES) {
    const options = {
      locale,
      viewport: VIEWPORT,
      parentName: 'township-care-handovers-screenshots',
      prepare: (dataDir: string) => seedDemo(dataDir, DEMO).then(() => undefined),
    };
    await withFixedFolder(suite, options, async (session) => {
      const { page } = session;
      await busyShift(session);
      await session.open();
      const now = shiftNow();
      await goTo(session, `/handovers/shift?date=${now.date}&shift=${encodeURIComponent(now.code)}`);
      await visible(page.getByTestId('handover-draft-form'));
      await shoot(page, path.join(SCREENSHOT_DIR, `handover-compile-${suffix}.png`));

      const handover = await busiestHandover(session);
      await goTo(session, `/print/handovers/${handover.id}?date=${handover.date}`);
      await visible(page.locator('[data-testid="print-handover"][data-ready="true"]'));
      await shoot(page, path.join(SCREENSHOT_DIR, `handover-print-${suffix}.png`));
    });
  }
});
