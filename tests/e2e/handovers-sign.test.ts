/**
 * One night's handover from compile to paper: the draft compiled from the
 * day's records, one line edited and one added, saved with Ctrl+S, signed by
 * the outgoing carer (the administrator) and the incoming one (a second
 * account) with their own passwords, then locked; an addendum; the 交接班记录
 * printed to PDF on one A4 page with the counts and both signatures.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_ADMIN, tr, visible } from './harness';
import type { AppSession } from './harness';
import { goTo, today } from './beds-stays-helpers';
import { CARER, NIGHT, savedTonight, setUpHandover } from './handovers-helpers';
import { useE2E } from './use-e2e';

const run = promisify(execFile);
const e2e = useE2E();
let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'care-handover-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Types into a box and waits until it holds the text, so the next key never races a slow render. */
async function typeInto(page: Page, testId: string, text: string): Promise<void> {
  const box = page.getByTestId(testId);
  await box.fill(text);
  await expect.poll(() => box.inputValue()).toBe(text);
}

/** Fills a signature's user name and password, presses its button and confirms the lock. */
async function sign(page: Page, role: 'outgoing' | 'incoming', username: string, password: string) {
  const prefix = `handover-sign-${role}`;
  await typeInto(page, `${prefix}-username`, username);
  await typeInto(page, `${prefix}-password`, password);
  await page.getByTestId(`${prefix}-submit`).click();
  await (await visible(page.getByTestId(`${prefix}-confirm`))).click();
}

async function printedText(session: AppSession, route: string, name: string): Promise<string> {
  const { page } = session;
  await goTo(session, route);
  await visible(page.locator('[data-testid="print-handover"][data-ready="true"]'));
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  const file = path.join(workDir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  // CARE_PRINT_PREVIEW_DIR=… keeps the PDF to look at.
  const keep = process.env.CARE_PRINT_PREVIEW_DIR;
  if (keep) {
    await mkdir(keep, { recursive: true });
    await copyFile(file, path.join(keep, `${name}.pdf`));
  }
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  const { stdout: info } = await run('pdfinfo', [file]);
  expect(info).toMatch(/Pages:\s+1\b/);
  return squeeze(stdout);
}

describe('a night handover signed by two carers', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    'compiles, edits, signs, locks, adds an addendum and prints (%s)',
    async (locale) => {
      const session = await e2e.start({ locale });
      const { page } = session;
      const lang = session.language;
      const { elderName, carerName } = await setUpHandover(session);
      await session.open();
      await goTo(session, `/handovers/shift?date=${today()}&shift=${encodeURIComponent(NIGHT)}`);
      await visible(page.getByTestId('handover-draft-form'));

      // Header counts: the one resident, and 0 (never blank) for leave and hospital.
      await expect.poll(() => page.getByTestId('handover-count-total').textContent()).toBe('1');
      expect(await page.getByTestId('handover-count-inHouse').textContent()).toBe('1');
      expect(await page.getByTestId('handover-count-onLeave').textContent()).toBe('0');
      expect(await page.getByTestId('handover-count-inHospital').textContent()).toBe('0');

      // The new resident is in the admissions section; the line is edited and a special situation added.
      const admission = page.getByTestId('handover-item-admissions-0');
      await expect.poll(() => admission.inputValue()).toContain(elderName);
      const edited = `${await admission.inputValue()} ${lang === 'zh-CN' ? '夜间睡眠好' : 'slept well'}`;
      await typeInto(page, 'handover-item-admissions-0', edited);
      await page.getByTestId('handover-add-events').click();
      const added = lang === 'zh-CN' ? '102室窗户关不严，已报修' : 'Room 102 window does not close; reported';
      await typeInto(page, 'handover-item-events-0', added);
      await expect
        .poll(() => page.evaluate('document.activeElement?.dataset.testid'))
        .toBe('handover-item-events-0');

      // Ctrl+S saves the draft; then the outgoing signature opens, prefilled with the signed-in account.
      await page.keyboard.press('Control+s');
      await visible(page.getByTestId('handover-sign-outgoing-form'));
      await expect.poll(async () => (await savedTonight(session))?.sections.events?.[0]?.text).toBe(added);
      expect((await savedTonight(session))?.sections.admissions?.[0]?.text).toBe(edited);
      expect(await page.getByTestId('handover-sign-outgoing-username').inputValue()).toBe(E2E_ADMIN.username);

      // A wrong password: the error beside the password box, and nothing signed.
      await sign(page, 'outgoing', E2E_ADMIN.username, 'not-the-password');
      await visible(page.getByTestId('handover-sign-outgoing-password-error'));
      expect(await page.getByTestId('handover-sign-outgoing-password-error').textContent()).toBe(
        tr(lang, 'errors:auth.badCredentials'),
      );
      expect((await savedTonight(session))?.outgoing).toBeNull();

      await sign(page, 'outgoing', E2E_ADMIN.username, E2E_ADMIN.password);
      await visible(page.getByTestId('handover-locked'));
      expect(await page.getByTestId('handover-item-admissions-0').count()).toBe(0);

      // The same person cannot take the shift over from themself: said beside the user name.
      await sign(page, 'incoming', E2E_ADMIN.username, E2E_ADMIN.password);
      await visible(page.getByTestId('handover-sign-incoming-username-error'));
      expect((await savedTonight(session))?.incoming).toBeNull();

      await sign(page, 'incoming', CARER.username, CARER.password);
      await visible(page.getByTestId('handover-addendum-form'));
      const signed = await savedTonight(session);
      expect(signed?.state).toBe('signed');
      expect(signed?.incoming?.name).toBe(carerName);
      await expect.poll(() => page.getByTestId('handover-incoming').textContent()).toContain(carerName);

      // Corrections after signing: an addendum, signed by its writer.
      const note =
        lang === 'zh-CN' ? '补充：张秀兰晨起血压正常' : 'Addendum: blood pressure normal in the morning';
      await typeInto(page, 'handover-addendum-text', note);
      await typeInto(page, 'handover-addendum-username', CARER.username);
      await typeInto(page, 'handover-addendum-password', CARER.password);
      await page.getByTestId('handover-addendum-submit').click();
      await expect.poll(() => page.getByTestId('handover-addendum').first().textContent()).toContain(note);
      expect((await savedTonight(session))?.addenda.map((a) => a.text)).toEqual([note]);

      const id = signed?.id ?? '';
      const text = await printedText(session, `/print/handovers/${id}?date=${today()}`, `handover-${locale}`);
      for (const expected of [
        tr(lang, 'handovers:print.title'),
        tr(lang, 'handovers:counts.total'),
        tr(lang, 'handovers:counts.inHospital'),
        tr(lang, 'handovers:sections.admissions'),
        tr(lang, 'handovers:print.outgoing'),
        tr(lang, 'handovers:print.incoming'),
        E2E_ADMIN.displayName,
        carerName,
        edited,
        added,
        note,
      ])
        expect(text).toContain(squeeze(expected));
    },
  );
});
