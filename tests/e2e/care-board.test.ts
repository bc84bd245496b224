/**
 * The 24-hour board in Chromium: its numbers match residents and beds set up
 * through the API; a number opens the list of the people behind it (by click
 * and by Enter); a leave recorded in the app shows on the board at once,
 * without a reload; a center without beds is told to set them up; the printed
 * summary fits on one A4 page (printed to PDF and read back with pdftotext).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { containsText, sampleCenter, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { addPerson } from './people-helpers';
import { admitOn, call, dayFromToday, setUpBeds } from './beds-helpers';
import { goTo } from './beds-stays-helpers';
import { addCarers, setUpRosterCodes } from './rosters-helpers';

const run = promisify(execFile);
const e2e = useE2E();
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'care-board-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * Six beds in 101–103; 王秀英 and 李福生 in the house, 赵德明 on leave since
 * yesterday, 孙桂兰 in hospital past her expected return, bed 103-2 closed for repair.
 */
async function residents(session: AppSession) {
  const beds = await setUpBeds(session, 101, 103, 2, dayFromToday(-60));
  const bed = (label: string) => beds.get(label) ?? '';
  const person = (name: string, sex: 'male' | 'female', birthDate: string) =>
    addPerson(session, { name, sex, birthDate });
  const wang = await person('王秀英', 'female', '1940-05-06');
  const li = await person('李福生', 'male', '1938-01-20');
  const zhao = await person('赵德明', 'male', '1944-09-09');
  const sun = await person('孙桂兰', 'female', '1936-03-15');
  await admitOn(session, wang, bed('101-1'), dayFromToday(-30));
  await admitOn(session, li, bed('101-2'), dayFromToday(-1));
  await admitOn(session, zhao, bed('102-1'), dayFromToday(-20));
  await admitOn(session, sun, bed('102-2'), dayFromToday(-20));
  await call(session, 'beds.leaveOut', {
    personId: zhao,
    kind: 'leave',
    from: dayFromToday(-1),
    expectedReturn: dayFromToday(5),
    mealStop: true,
  });
  await call(session, 'beds.leaveOut', {
    personId: sun,
    kind: 'hospital',
    from: dayFromToday(-4),
    expectedReturn: dayFromToday(-1),
    destination: '县人民医院',
    mealStop: true,
  });
  await call(session, 'beds.closeBed', {
    bedId: bed('103-2'),
    from: dayFromToday(-2),
    to: null,
    reason: 'repair',
  });
  return { wang, li, zhao, sun };
}

const count = (session: AppSession, key: string): Locator => session.page.getByTestId(`board-count-${key}`);

async function hasCount(session: AppSession, key: string, value: number): Promise<void> {
  await expect.poll(() => count(session, key).first().getAttribute('data-count')).toBe(String(value));
  await containsText(count(session, key).first().getByTestId('board-count-value'), String(value));
}

async function listNames(list: Locator): Promise<string[]> {
  await visible(list.getByTestId('board-list-row').first());
  return (await list.getByTestId('board-list-name').allTextContents()).map((n) => n.trim()).sort();
}

describe('24-hour board', () => {
  it('counts what was recorded, opens the list behind a number, and follows a leave recorded in the app (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const people = await residents(session);
    await session.open();
    await visible(page.getByTestId('care-board'));

    await hasCount(session, 'inRegister', 4);
    await hasCount(session, 'inHouse', 2);
    await hasCount(session, 'onLeave', 1);
    await hasCount(session, 'inHospital', 1);
    await hasCount(session, 'freeBeds', 1);
    await hasCount(session, 'closedBeds', 1);
    // The hospital stay past its expected day is raised, by name and bed.
    await containsText(page.getByTestId('board-alert-overdueReturns'), '孙桂兰');
    await containsText(page.getByTestId('board-admissions'), '李福生');

    // A number opens the list of the people behind it.
    await count(session, 'inRegister').click();
    expect(await listNames(page.getByTestId('board-list-inRegister'))).toEqual(
      ['孙桂兰', '王秀英', '李福生', '赵德明'].sort(),
    );
    await page.keyboard.press('Escape');
    await page.getByTestId('board-list-inRegister').waitFor({ state: 'hidden' });
    // By the keyboard too: Enter on the number.
    await count(session, 'onLeave').focus();
    await page.keyboard.press('Enter');
    const onLeave = page.getByTestId('board-list-onLeave');
    expect(await listNames(onLeave)).toEqual(['赵德明']);
    await containsText(onLeave, '102-1');
    await containsText(onLeave, tr('zh-CN', 'care-board:list.expectedBack', { date: '' }).slice(0, 2));
    await page.keyboard.press('Escape');
    await count(session, 'closedBeds').click();
    await containsText(page.getByTestId('board-list-closedBeds'), '103-2');
    await page.keyboard.press('Escape');
    // The name links to the elder's page.
    await count(session, 'inHospital').click();
    await page.getByTestId('board-list-inHospital').getByTestId('board-list-name').click();
    await expect.poll(() => page.url()).toContain(`#/people/${people.sun}`);

    // 王秀英 goes on leave, recorded in the app; back on the board it shows at once.
    await goTo(session, `/people/${people.wang}`);
    await page.getByTestId('residence-leave').click();
    await visible(page.getByTestId('leave-form'));
    await page.getByTestId('leave-submit').click();
    await visible(page.getByTestId('residence-away'));
    await page.getByTestId('nav-home').click();
    await hasCount(session, 'onLeave', 2);
    await hasCount(session, 'inHouse', 1);
    await count(session, 'onLeave').click();
    expect(await listNames(page.getByTestId('board-list-onLeave'))).toEqual(['王秀英', '赵德明'].sort());
  });

  it("shows today's cover by the roster: enough for the day shift, the night one carer short (zh-CN)", async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await residents(session);
    await setUpRosterCodes(session);
    const [zhou] = await addCarers(session, ['周红']);
    await call(session, 'rosters.setCells', {
      changes: [{ staffId: zhou, date: dayFromToday(0), codes: ['白'] }],
    });
    await session.open();
    await visible(page.getByTestId('care-board'));
    // Two residents in the house, unassessed, count at the strictest ratio: one carer a shift, and a night needs one.
    const line = (code: string) => page.getByTestId('board-cover-line').filter({ hasText: code });
    await containsText(line('白'), tr('zh-CN', 'care-board:onDuty.enough'));
    await expect.poll(() => line('夜').getAttribute('data-short')).toBe('1');
    await containsText(line('夜'), tr('zh-CN', 'care-board:onDuty.short', { count: 1 }));
  });

  it('tells a center without beds to set them up, and says "none" where nothing is raised (en)', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    await containsText(await visible(page.getByTestId('board-no-beds')), tr('en', 'care-board:noBeds.title'));
    await page
      .getByTestId('board-no-beds')
      .getByRole('link', { name: tr('en', 'care-board:noBeds.setupLink') })
      .click();
    await expect.poll(() => page.url()).toContain('#/beds/setup');
    await page.getByTestId('nav-home').click();
    await hasCount(session, 'inRegister', 0);
    await count(session, 'freeBeds').click();
    await containsText(page.getByTestId('board-list-freeBeds'), tr('en', 'care-board:list.empty'));
    await page.keyboard.press('Escape');
    await containsText(page.getByTestId('board-movements'), tr('en', 'care-board:none'));
    // The old home page's center details stay, under the board.
    await visible(page.getByTestId('home-center'));
  });

  it('prints the summary on one A4 page with the counts and the names behind them (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await residents(session);
    await session.open();
    await visible(page.getByTestId('care-board'));
    await page.getByTestId('board-print').click();
    await visible(page.locator('[data-testid="print-care-board"][data-ready="true"]'));
    expect(page.url()).toContain('#/print/care-board');
    expect(await page.getByTestId('sidebar').count()).toBe(0);
    const overflow = await page.evaluate(
      "(() => { const s = document.querySelector('.care-print .sheet'); return s ? s.scrollWidth - s.clientWidth : -1; })()",
    );
    expect(overflow).toBe(0);
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const file = path.join(workDir, 'care-board-zh.pdf');
    await page.pdf({ path: file, format: 'A4' });
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']);
    const text = squeeze(stdout);
    expect(text).toContain(squeeze(sampleCenter('zh-CN').name));
    expect(text).toContain(squeeze(tr('zh-CN', 'care-board:printSheet.title')));
    // The counts row under its heads: 在册 4, 在院 2, 请假 1, 住院 1, 空床 1, 停用 1.
    const lines = stdout.split('\n');
    const head = lines.findIndex((l) => l.includes(tr('zh-CN', 'care-board:counts.inRegister')));
    expect(head).toBeGreaterThanOrEqual(0);
    const numbers = lines
      .slice(head + 1)
      .find((l) => l.trim() !== '')
      ?.trim()
      .split(/\s+/);
    expect(numbers?.slice(0, 6)).toEqual(['4', '2', '1', '1', '1', '1']);
    expect(text).toContain('孙桂兰');
    expect(text).toContain('赵德明');
    // One sheet.
    const prefix = file.replace(/\.pdf$/, '');
    await run('pdftoppm', ['-png', '-r', '60', file, prefix]);
    const pngs = (await readdir(workDir)).filter((f) => f.startsWith('care-board-zh-') && f.endsWith('.png'));
    expect(pngs).toHaveLength(1);
  });
});
