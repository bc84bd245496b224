/**
 * The incident report on paper: printed to PDF by Chromium and read back with
 * pdftotext, in Chinese and in English, with the kind, the elder, the family
 * notification, the review and the two signature lines; a missing incident says so.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tr, visible } from './harness';
import { daysAgo, goTo, setUpRooms } from './beds-stays-helpers';
import { ELDER, reportFall, residentElder } from './incidents-helpers';
import { useE2E } from './use-e2e';

const run = promisify(execFile);
const e2e = useE2E();
let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'care-incident-print-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the incident report on paper', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    'prints every section and the signature lines (%s)',
    async (locale) => {
      const session = await e2e.start({ locale });
      const personId = await residentElder(session);
      const located = await reportFall(session, personId, daysAgo(2));
      const told = await session.api('incidents.notifyFamily', {
        ...located,
        at: new Date(Date.now() - 3_600_000).toISOString(),
        channel: 'phone',
        by: '李护理员',
        notes: '电话告知女儿王秀芬',
      });
      expect(told.body.ok).toBe(true);
      await session.open();
      const { page } = session;
      await goTo(session, `/print/incidents/${located.id}?date=${located.date}`);
      await visible(page.locator('[data-testid="print-incident"][data-ready="true"]'));
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      const file = path.join(workDir, `incident-${locale}.pdf`);
      await page.pdf({ path: file, format: 'A4' });
      // CARE_PRINT_PREVIEW_DIR=… keeps the PDF to look at.
      const keep = process.env.CARE_PRINT_PREVIEW_DIR;
      if (keep) {
        await mkdir(keep, { recursive: true });
        await copyFile(file, path.join(keep, `incident-${locale}.pdf`));
      }
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
      const { stdout: info } = await run('pdfinfo', [file]);
      expect(info).toMatch(/Pages:\s+1\b/);
      const text = squeeze(stdout);
      const lang = session.language;
      for (const expected of [
        tr(lang, 'incidents:print.title'),
        tr(lang, 'domain:incident.fall'),
        ELDER,
        '起夜时在卫生间滑倒',
        tr(lang, 'domain:notifyChannel.phone'),
        '李护理员',
        '电话告知女儿王秀芬',
        tr(lang, 'incidents:print.signatures.reporter'),
        tr(lang, 'incidents:print.signatures.manager'),
      ])
        expect(text).toContain(squeeze(expected));
    },
  );

  it('says so when the incident does not exist', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    await setUpRooms(session);
    await session.open();
    await goTo(session, `/print/incidents/no-such-incident?date=${daysAgo(1)}`);
    await visible(session.page.getByTestId('print-not-found'));
  });
});
