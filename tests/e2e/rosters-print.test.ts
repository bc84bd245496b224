/**
 * The printed roster: 40 carers for a month on ONE A4 landscape page, printed
 * to PDF as Electron prints it, with a sans and with a serif CJK font (a
 * Chinese Windows PC has Microsoft YaHei and SimSun; this machine has Noto Sans
 * and Noto Serif CJK). pdftotext finds the names, the codes, the legend and the
 * version line; the pages are rendered to PNG too (kept in
 * $CARE_PRINT_PREVIEW_DIR when set, to look at).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setUpCenter, tr, visible } from './harness';
import { call } from './beds-helpers';
import { addCarers, fortyNames, monthAhead, monthRange, setUpRosterCodes } from './rosters-helpers';
import { useE2E } from './use-e2e';

const run = promisify(execFile);
const e2e = useE2E();
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'care-roster-print-'));
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

/** Table cells whose text is cut (the PDF keeps cut text in its text layer, so pdftotext cannot tell). */
async function cutCells(page: Page): Promise<string[]> {
  return page.evaluate(
    "[...document.querySelectorAll('.roster-table th, .roster-table td')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent)",
  );
}

async function printToPdf(page: Page, name: string): Promise<{ file: string; text: string }> {
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  const file = path.join(workDir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', landscape: true });
  const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']);
  return { file, text };
}

/**
 * The fonts Chromium really drew a node's text with (the PDF embeds them as
 * nameless Type 3 fonts, so pdffonts cannot tell).
 */
async function fontsOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await cdp.detach();
  }
}

describe('printed roster', () => {
  it('fits a month of 40 carers on one A4 landscape page in a sans and a serif font (zh-CN)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await setUpRosterCodes(session);
    const names = fortyNames();
    const ids = await addCarers(session, names);
    const month = monthAhead(1);
    const { from, to } = monthRange(month);
    await call(session, 'rosters.applyPattern', {
      from,
      to,
      pattern: ['白', '白', '夜', '夜', '休', '休'],
      people: ids.map((staffId, k) => ({ staffId, offset: (k * 2) % 6 })),
      overwrite: false,
    });
    await call(session, 'rosters.publish', { month, preparedBy: '王芳', approvedBy: '李院长' });

    await session.open();
    await page.goto(`${session.server().url.split('#')[0]}#/rosters?month=${month}`);
    await visible(page.locator(`[data-testid="roster-page"][data-from="${from}"][data-ready="true"]`));
    await page.getByTestId('roster-print').click();
    await visible(page.locator('[data-testid="print-roster"][data-ready="true"]'));
    expect(page.url()).toContain(`/print/rosters?month=${month}`);
    expect(await page.getByTestId('roster-print-row').count()).toBe(40);
    // Nothing wider than the landscape sheet.
    const overflow = await page.evaluate(
      "(() => { const s = document.querySelector('.care-print .sheet'); return s ? s.scrollWidth - s.clientWidth : -1; })()",
    );
    expect(overflow).toBe(0);

    const nameCell = '[data-testid="roster-print-row"] td.name';
    expect(await fontsOf(page, nameCell)).toContain('Noto Sans CJK SC');
    expect(await cutCells(page)).toEqual([]);
    const sans = await printToPdf(page, 'roster-sans');
    // The serif a Chinese PC may fall back to (SimSun there, Noto Serif CJK here).
    await page.addStyleTag({
      content:
        ".care-print .roster-print, .care-print .roster-print * { font-family: 'Noto Serif CJK SC', serif !important; }",
    });
    expect(await fontsOf(page, nameCell)).toEqual(['Noto Serif CJK SC']);
    expect(await cutCells(page)).toEqual([]);
    const serif = await printToPdf(page, 'roster-serif');

    for (const pdf of [sans, serif]) {
      const text = squeeze(pdf.text);
      for (const name of names) expect(text).toContain(name);
      expect(text).toContain(
        squeeze(
          tr('zh-CN', 'rostersUi:print.title', {
            year: Number(month.slice(0, 4)),
            month: Number(month.slice(5)),
          }),
        ),
      );
      expect(text).toContain('白班08:00–20:00');
      expect(text).toContain('夜班20:00–08:00');
      expect(text).toContain('王芳');
      expect(text).toContain('李院长');
      // The first carer's line holds the pattern's codes day by day.
      const line = pdf.text.split('\n').find((l) => l.includes(names[0] ?? '')) ?? '';
      expect(squeeze(line)).toContain('白白夜夜休休白白');
      expect(await pagesAsPng(pdf.file)).toBe(1);
    }
  });

  it('prints a week with its seven days (en)', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { page } = session;
    await setUpCenter(session);
    await setUpRosterCodes(session);
    const [a] = (await addCarers(session, ['王秀英'])) as [string];
    const month = monthAhead(1);
    const monday = (() => {
      const first = new Date(`${month}-01T00:00:00Z`);
      const shift = (8 - (first.getUTCDay() || 7)) % 7;
      first.setUTCDate(first.getUTCDate() + shift);
      return first.toISOString().slice(0, 10);
    })();
    await call(session, 'rosters.setCells', { changes: [{ staffId: a, date: monday, codes: ['白', '夜'] }] });
    await session.open();
    await page.goto(`${session.server().url.split('#')[0]}#/print/rosters?week=${monday}`);
    await visible(page.locator('[data-testid="print-roster"][data-ready="true"]'));
    expect(await cutCells(page)).toEqual([]);
    const pdf = await printToPdf(page, 'roster-week');
    const text = squeeze(pdf.text);
    expect(text).toContain('王秀英');
    expect(text).toContain('白/夜');
    expect(text).toContain(squeeze(tr('en', 'rostersUi:grid.totals.hours')));
    expect(await pagesAsPng(pdf.file)).toBe(1);
  });
});
