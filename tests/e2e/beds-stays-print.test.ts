/**
 * The admission record on paper: printed to PDF by Chromium and read back
 * with pdftotext, in Chinese and in English; a stay that does not exist says so.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tr, visible } from './harness';
import type { AppSession } from './harness';
import { addAssessedElder, goTo, setUpRooms, today } from './beds-stays-helpers';
import { useE2E } from './use-e2e';

const run = promisify(execFile);
const e2e = useE2E();
let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'care-stay-print-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const squeeze = (text: string) => text.replace(/\s+/g, '');

async function printedText(
  session: AppSession,
  route: string,
  testId: string,
  name: string,
): Promise<string> {
  const { page } = session;
  await goTo(session, route);
  await visible(page.locator(`[data-testid="${testId}"][data-ready="true"]`));
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

/** An elder admitted through the API with every field of the paper form. */
async function admitted(session: AppSession): Promise<{ personId: string; stayId: string }> {
  const beds = await setUpRooms(session);
  const personId = await addAssessedElder(session, { name: '张秀兰', sex: 'female', sequence: 52 });
  const answer = await session.api('beds.admit', {
    personId,
    bedId: beds.byLabel['102-1'],
    admittedOn: today(),
    contractNumber: 'HT-2026-088',
    contractTerm: { from: today(), to: '2027-12-31' },
    source: 'hospital',
    funding: 'extremePoorCentral',
    emergencyContactConfirmed: true,
    notes: '需低盐饮食',
  });
  if (!answer.body.ok) throw new Error(JSON.stringify(answer.body));
  return { personId, stayId: (answer.body.value as { stay: { id: string } }).stay.id };
}

describe('the admission record on paper', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    'prints the particulars, stay, assessments and signature lines (%s)',
    async (locale) => {
      const session = await e2e.start({ locale });
      const { personId, stayId } = await admitted(session);
      await session.open();
      const text = await printedText(
        session,
        `/print/beds/admission/${stayId}?person=${personId}`,
        'print-admission',
        `admission-${locale}`,
      );
      const lang = session.language;
      for (const expected of [
        tr(lang, 'beds:stayPrint.admissionTitle'),
        '张秀兰',
        '102-1',
        'HT-2026-088',
        tr(lang, 'beds:stays.code.funding.extremePoorCentral'),
        tr(lang, 'beds:stays.code.source.hospital'),
        '李建国',
        '13712345678',
        '需低盐饮食',
        tr(lang, 'beds:stayPrint.fields.ability'),
        tr(lang, 'beds:stayPrint.signatures.family'),
        tr(lang, 'beds:stayPrint.signatures.manager'),
      ])
        expect(text).toContain(squeeze(expected));
      // The record holds personal data: opening it is in the audit, under the elder.
      const printed = await session.api('audit.list', { filter: { kind: 'prints', personId }, limit: 10 });
      expect(printed.body.value).toMatchObject({ entries: [{ action: 'prints.admissionRecord' }] });
    },
  );

  it('says so when the stay does not exist', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    await setUpRooms(session);
    await session.open();
    await goTo(session, '/print/beds/admission/no-such-stay');
    await visible(session.page.getByTestId('print-not-found'));
  });
});
