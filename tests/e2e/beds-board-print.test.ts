/**
 * The printed bed list of a past day: opened from the board's print button,
 * printed to A4 PDF as Electron prints it, its text read back with pdftotext:
 * the center, the title, the day's totals and who lay in which bed that day.
 * Each page is rendered to PNG too (kept in $CARE_PRINT_PREVIEW_DIR when set, to look at).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCenter, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import { dayFromToday, scriptedHistory } from './beds-helpers';

const run = promisify(execFile);
const e2e = useE2E();
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'care-bed-print-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const squeeze = (text: string) => text.replace(/\s+/g, '');

async function pagesAsPng(file: string): Promise<number> {
  const prefix = file.replace(/\.pdf$/, '');
  await run('pdftoppm', ['-png', '-r', '60', file, prefix]);
  const base = path.basename(prefix);
  const pngs = (await readdir(workDir)).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'));
  const keep = process.env.CARE_PRINT_PREVIEW_DIR;
  if (keep) {
    await mkdir(keep, { recursive: true });
    for (const png of pngs) await copyFile(path.join(workDir, png), path.join(keep, png));
  }
  return pngs.length;
}

describe('printed bed list', () => {
  it('prints who lay in which bed on a past day, with the totals of that day (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await scriptedHistory(session);
    await session.open();
    const past = dayFromToday(-15);
    await page.goto(`${session.server().url.split('#')[0]}#/beds?date=${past}`);
    await visible(page.locator(`[data-testid="bed-board"][data-date="${past}"]`));
    await page.getByTestId('board-print').click();
    await visible(page.locator('[data-testid="print-bed-list"][data-ready="true"]'));
    expect(page.url()).toContain(`/print/beds/list?date=${past}`);
    expect(await page.getByTestId('sidebar').count()).toBe(0);
    // No part of the table is wider than the sheet.
    const overflow = await page.evaluate(
      "(() => { const s = document.querySelector('.care-print .sheet'); return s ? s.scrollWidth - s.clientWidth : -1; })()",
    );
    expect(overflow).toBe(0);
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const file = path.join(workDir, 'bed-list-zh.pdf');
    await page.pdf({ path: file, format: 'A4' });
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']);
    const text = squeeze(stdout);
    expect(text).toContain(squeeze(sampleCenter('zh-CN').name));
    expect(text).toContain(squeeze(tr('zh-CN', 'beds:printList.title')));
    // Fifteen days ago: 王秀英 in 101-1, 赵德明 in 101-2; 李福生 came later and is not on it.
    const line = (bed: string) => stdout.split('\n').find((l) => l.includes(bed)) ?? '';
    expect(line('101-1')).toContain('王秀英');
    expect(line('101-2')).toContain('赵德明');
    expect(line('102-1')).toContain(tr('zh-CN', 'beds:printList.status.free'));
    expect(text).not.toContain('李福生');
    expect(text).toContain(
      squeeze(
        tr('zh-CN', 'beds:printList.totals', {
          beds: 4,
          occupied: 2,
          free: 2,
          closed: 0,
          inRegister: 2,
          inHouse: 2,
          leave: 0,
          hospital: 0,
        }),
      ),
    );
    expect(await pagesAsPng(file)).toBe(1);
    // The page number sits in the bottom margin of every sheet.
    expect(stdout.trimEnd().split('\n').at(-1)?.trim()).toMatch(/^1\s*\/\s*1$/);
  });
});
