/**
 * The printed round sheet: forty residents on one A4 page (pdftotext reads it
 * back, pdfinfo counts the pages), with the marks of the round recorded at
 * that time; for a time with no round, the same sheet blank to fill by hand.
 * The pages are rendered to PNG too (kept in $CARE_PRINT_PREVIEW_DIR when set, to look at).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCenter, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { call } from './beds-helpers';
import { aMinuteAgo, nightCarer, openPath, residentsInBeds } from './rounds-helpers';

const run = promisify(execFile);
const e2e = useE2E();
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'care-round-print-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const squeeze = (text: string) => text.replace(/\s+/g, '');

async function printed(session: AppSession, name: string): Promise<{ text: string; pages: number }> {
  const { page } = session;
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  const file = path.join(workDir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']);
  const info = await run('pdfinfo', [file]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? '0');
  const keep = process.env.CARE_PRINT_PREVIEW_DIR;
  if (keep) {
    await mkdir(keep, { recursive: true });
    await run('pdftoppm', ['-png', '-r', '60', file, path.join(workDir, name)]);
    await copyFile(path.join(workDir, `${name}-1.png`), path.join(keep, `${name}-1.png`)).catch(
      () => undefined,
    );
  }
  return { text: stdout, pages };
}

describe('printed round sheet', () => {
  it('prints a round of 40 residents with its marks on one A4 page, and a blank one for another time (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    const residents = await residentsInBeds(session, 40);
    const carer = await nightCarer(session);
    const at = aMinuteAgo();
    await call(session, 'rounds.record', {
      area: '全院',
      date: at.date,
      time: at.time,
      shiftCode: '夜',
      staffId: carer,
      marks: residents.map((r, i) =>
        i === 7
          ? { personId: r.id, mark: 'needsAttention', note: '诉头晕，测血压正常' }
          : { personId: r.id, mark: 'asleep' },
      ),
      findings: '一位老人诉头晕',
    });
    await session.open();
    await openPath(
      session,
      `/print/rounds/sheet?area=${encodeURIComponent('全院')}&date=${at.date}&time=${at.time}`,
    );
    await visible(page.locator('[data-testid="print-round-sheet"][data-ready="true"]'));
    await visible(page.locator('[data-testid="round-sheet"][data-recorded="true"]'));
    expect(await page.getByTestId('round-sheet-row').count()).toBe(40);
    const overflow = await page.evaluate(
      "(() => { const s = document.querySelector('.care-print .sheet'); return s ? s.scrollWidth - s.clientWidth : -1; })()",
    );
    expect(overflow).toBe(0);
    const filled = await printed(session, 'round-sheet-zh');
    const text = squeeze(filled.text);
    expect(text).toContain(squeeze(sampleCenter('zh-CN').name));
    expect(text).toContain(tr('zh-CN', 'rounds:print.title'));
    expect(text).toContain('张夜班');
    expect(text).toContain(squeeze(tr('zh-CN', 'rounds:print.expected', { count: 40 })));
    expect(text).toContain(squeeze(tr('zh-CN', 'rounds:print.checked', { count: 40 })));
    expect(text).toContain('诉头晕，测血压正常');
    const line = (name: string) => filled.text.split('\n').find((l) => l.includes(name)) ?? '';
    expect(line(residents[0]?.name ?? '?')).toContain('☑');
    expect(line(residents[39]?.name ?? '?')).toContain(residents[39]?.bed ?? '?');
    expect(filled.pages).toBe(1);

    // The same area at a time with no round: the sheet to fill by hand, no box ticked.
    await openPath(
      session,
      `/print/rounds/sheet?area=${encodeURIComponent('全院')}&date=${at.date}&time=00:00`,
    );
    await visible(page.locator('[data-testid="round-sheet"][data-recorded="false"]'));
    expect(await page.getByTestId('round-sheet-row').count()).toBe(40);
    const blank = await printed(session, 'round-sheet-blank-zh');
    expect(blank.text).not.toContain('☑');
    expect(squeeze(blank.text)).toContain(squeeze(tr('zh-CN', 'rounds:print.checkedBlank')));
    expect(blank.pages).toBe(1);
  });
});
