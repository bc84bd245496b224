/**
 * Printed pages: the person's record and the filled ability form, printed to
 * PDF from their routes (outside the app frame) as Electron prints them. The
 * PDF's text must carry the person's name, ID number, the center's name and
 * the level; each page is also rendered to PNG (kept in
 * $CARE_PRINT_PREVIEW_DIR when set, to look at).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABILITY_ITEMS } from '../../shared/domain/ability';
import { sampleCenter, setUpCenter, tr, visible } from './harness';
import type { AppSession } from './harness';
import { useE2E } from './use-e2e';
import { addPerson, saveAbility, scoresWith } from './assessments-helpers';

const run = promisify(execFile);

const e2e = useE2E();
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'care-print-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Opens a print route, waits until everything is loaded, checks the button is screen-only, prints to PDF. */
async function printToPdf(current: AppSession, route: string, testId: string, name: string): Promise<string> {
  const { page } = current;
  await page.goto(`${current.server().url.split('#')[0]}#${route}`);
  await visible(page.locator(`[data-testid="${testId}"][data-ready="true"]`));
  // No app frame on paper.
  expect(await page.getByTestId('sidebar').count()).toBe(0);
  await visible(page.getByTestId('print-button'));
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByTestId('print-button').isVisible()).toBe(false);
  await page.emulateMedia({ media: null });
  await page.evaluate('document.fonts.ready.then(() => undefined)');
  const file = path.join(workDir, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  return file;
}

async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  // pdftotext breaks lines where the page does; compare without whitespace.
  return stdout.replace(/\s+/g, '');
}

/** Renders every page to PNG at 60 dpi; answers the page count. */
async function pdfPages(file: string): Promise<number> {
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

const squeeze = (text: string) => text.replace(/\s+/g, '');

async function setUp(current: AppSession) {
  await setUpCenter(current);
  const person = await addPerson(current, {
    name: current.language === 'zh-CN' ? '张三丰' : 'Zhang Sanfeng',
    sex: 'male',
    birthDate: '1941-03-08',
    sequence: 11,
    full: true,
  });
  // 49 points: level 2 (中度失能), no adjustment.
  const scores = scoresWith({
    'B.1.1': 0,
    'B.1.2': 0,
    'B.1.3': 0,
    'B.1.4': 0,
    'B.1.5': 0,
    'B.2.3': 0,
    'B.2.4': 0,
    'B.3.4': 1,
    'B.4.3': 0,
    'B.4.4': 0,
    'B.4.5': 0,
  });
  const assessment = await saveAbility(current, person.id, scores);
  expect(assessment.result).toMatchObject({ total: 49, finalLevel: 2 });
  const risk = await current.api('assessments.saveRisk', {
    personId: person.id,
    date: '2026-11-02',
    reason: 'admission',
    assessor: '王秀兰',
    risks: Object.fromEntries(
      [
        'choking',
        'wrongIngestion',
        'pressureSore',
        'scald',
        'fallFromBed',
        'fall',
        'wandering',
        'harm',
        'activityAccident',
      ].map((code) => [
        code,
        code === 'fall' ? { grade: 'high', measures: '床边加护栏，夜间巡查' } : { grade: 'none' },
      ]),
    ),
    notes: '',
  });
  expect(risk.body.ok).toBe(true);
  return { person, assessment };
}

async function checkNoOverflow(page: Page): Promise<void> {
  // Nothing in the sheet is wider than the sheet (tables would be cut off on paper).
  const overflow = await page.evaluate(
    "(() => { const s = document.querySelector('.care-print .sheet'); return s ? s.scrollWidth - s.clientWidth : -1; })()",
  );
  expect(overflow).toBe(0);
}

describe('printing', () => {
  it('prints the person record to A4 with the name, ID number, center and level', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { person } = await setUp(session);
    await session.open();
    const file = await printToPdf(session, `/print/people/${person.id}`, 'print-person', 'record-zh');
    await checkNoOverflow(session.page);
    const text = await pdfText(file);
    expect(text).toContain('张三丰');
    expect(text).toContain(person.idNumber);
    expect(text).toContain(squeeze(sampleCenter('zh-CN').name));
    expect(text).toContain(squeeze(tr('zh-CN', 'print:person.title')));
    expect(text).toContain(
      squeeze(
        tr('zh-CN', 'print:person.fields.levelValue', {
          level: 2,
          name: tr('zh-CN', 'domain:ability.level.l2'),
        }),
      ),
    );
    expect(text).toContain('床边加护栏，夜间巡查');
    expect(text).toContain(squeeze(tr('zh-CN', 'print:signatures.filledBy')));
    expect(await pdfPages(file)).toBeGreaterThanOrEqual(1);
  });

  it('prints the filled ability form with every item, the ticks, the totals and the signatures', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { person, assessment } = await setUp(session);
    await session.open();
    const file = await printToPdf(
      session,
      `/print/people/${person.id}/assessments/${assessment.id}`,
      'print-ability',
      'ability-zh',
    );
    await checkNoOverflow(session.page);
    expect(await session.page.getByTestId('print-item').count()).toBe(ABILITY_ITEMS.length);
    const text = await pdfText(file);
    expect(text).toContain('张三丰');
    expect(text).toContain(person.idNumber);
    expect(text).toContain(squeeze(sampleCenter('zh-CN').name));
    expect(text).toContain(squeeze(tr('zh-CN', 'print:ability.title')));
    for (const item of ABILITY_ITEMS) expect(text).toContain(squeeze(tr('zh-CN', item.labelKey)));
    // One tick per item (the column heading shows one too), every other option an empty box.
    const options = ABILITY_ITEMS.reduce((sum, item) => sum + item.options.length, 0);
    expect([...text].filter((c) => c === '☐')).toHaveLength(options - ABILITY_ITEMS.length);
    expect([...text].filter((c) => c === '☑').length).toBeGreaterThanOrEqual(ABILITY_ITEMS.length);
    expect(await session.page.locator('.options li.chosen').count()).toBe(ABILITY_ITEMS.length);
    expect(text).toContain('49/90');
    expect(text).toContain(
      squeeze(
        tr('zh-CN', 'print:person.fields.levelValue', {
          level: 2,
          name: tr('zh-CN', 'domain:ability.level.l2'),
        }),
      ),
    );
    expect(text).toContain('王秀兰');
    expect(text).toContain('赵明');
    expect(await pdfPages(file)).toBeGreaterThanOrEqual(2);
  });

  it('prints in English as well', async () => {
    const session = await e2e.start({ locale: 'en-US' });
    const { person, assessment } = await setUp(session);
    await session.open();
    const record = await pdfText(
      await printToPdf(session, `/print/people/${person.id}`, 'print-person', 'record-en'),
    );
    expect(record).toContain('ZhangSanfeng');
    expect(record).toContain(person.idNumber);
    expect(record).toContain(squeeze(sampleCenter('en').name));
    expect(record).toContain(
      squeeze(
        tr('en', 'print:person.fields.levelValue', { level: 2, name: tr('en', 'domain:ability.level.l2') }),
      ),
    );
    const formFile = await printToPdf(
      session,
      `/print/people/${person.id}/assessments/${assessment.id}`,
      'print-ability',
      'ability-en',
    );
    const form = await pdfText(formFile);
    expect(form).toContain(squeeze(tr('en', 'print:ability.title')));
    expect(form).toContain(squeeze(tr('en', 'domain:ability.item.b2_4')));
    expect(await pdfPages(formFile)).toBeGreaterThanOrEqual(2);
  });

  it('says so when the assessment to print does not exist', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    await setUpCenter(session);
    const person = await addPerson(session, {
      name: '赵四',
      sex: 'male',
      birthDate: '1950-01-01',
      sequence: 13,
    });
    await session.open();
    await session.page.goto(
      `${session.server().url.split('#')[0]}#/print/people/${person.id}/assessments/not-a-real-id`,
    );
    await visible(session.page.getByTestId('print-not-found'));
  });
});
