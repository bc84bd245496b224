import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { care } from '../cli/helpers';
import { addStaff, openClockedApp, rosterCodes, type ClockedApp } from './helpers';

let app: ClockedApp;
let dir: string;
const out = mkdtempSync(join(tmpdir(), 'care-roster-xlsx-'));

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  app = await openClockedApp('2026-03-01T09:00');
  dir = app.dir;
  await rosterCodes(app);
  const a = await addStaff(app, '王芳', 'carer', '0001', { area: '1号楼' });
  const b = await addStaff(app, '李娟', 'carer', '0002', { area: '1号楼' });
  await addStaff(app, '张敏', 'nurse', '0003', { area: '1号楼' });
  await app.ok('rosters.applyPattern', {
    from: '2026-03-01',
    to: '2026-03-31',
    pattern: ['白', '白', '夜', '夜', '休', '休'],
    people: [
      { staffId: a, offset: 0 },
      { staffId: b, offset: 3 },
    ],
    overwrite: true,
  });
  await app.ok('rosters.setCells', { changes: [{ staffId: a, date: '2026-03-02', codes: ['行政', '夜'] }] });
  await app.ok('rosters.publish', { month: '2026-03', preparedBy: '王芳', approvedBy: '李院长' });
  // The command line opens the folder itself: the app lets go of it first.
  await app.session.close();
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe('care roster --xlsx', () => {
  it('writes the month as a grid of cells: day numbers, weekdays, one row per person, codes joined by /', async () => {
    const file = join(out, 'month.xlsx');
    const run = await care(['roster', '--data', dir, '--month', '2026-03', '--xlsx', file, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-31',
      staff: 3,
      published: 1,
    });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getCell(1, 1).text).toContain('2026年3月');
    const numbers = sheet.getRow(2).values as unknown[];
    expect(numbers.slice(3, 34)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(sheet.getCell(3, 3).value).toBe('日'); // 2026-03-01 is a Sunday
    const names = [4, 5, 6].map((r) => sheet.getCell(r, 1).value);
    expect(names).toEqual(['李娟', '王芳', '张敏']);
    // 王芳 (row 5): 1st 白, 2nd 行政/夜, 3rd 夜, 4th 夜.
    expect([3, 4, 5, 6].map((c) => sheet.getCell(5, c).value)).toEqual(['白', '行政/夜', '夜', '夜']);
    // Totals: shifts of 王芳 = the pattern's 白白夜夜 days plus 行政.
    const totalsHeader = sheet.getCell(2, 34).value;
    expect(totalsHeader).toBe('班数');
    const texts = sheet.getColumn(1).values.map(String);
    expect(texts.some((t) => t.includes('制表：王芳'))).toBe(true);
    expect(texts.some((t) => t.includes('第 1 版'))).toBe(true);
    expect(texts.some((t) => t.includes('白 白班 08:00-20:00'))).toBe(true);
  });

  it('writes the Monday-to-Sunday week holding a date, numbered by the dates’ days', async () => {
    const file = join(out, 'week.xlsx');
    const run = await care(['roster', '--data', dir, '--week', '2026-03-04', '--xlsx', file]);
    expect(run.code, run.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect((sheet.getRow(2).values as unknown[]).slice(3, 10)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(sheet.getCell(3, 3).value).toBe('一');
  });

  it('refuses a missing or double period and a missing file with the usage exit code', async () => {
    expect((await care(['roster', '--data', dir, '--xlsx', join(out, 'x.xlsx')])).code).toBe(2);
    expect(
      (await care(['roster', '--data', dir, '--month', '2026-03', '--week', '2026-03-02', '--xlsx', 'x']))
        .code,
    ).toBe(2);
    expect((await care(['roster', '--data', dir, '--month', '2026-03'])).code).toBe(2);
    expect((await care(['roster', '--data', dir, '--month', '2026-13', '--xlsx', 'x'])).code).toBe(2);
  });

  it('opens in LibreOffice with the values intact', async (context) => {
    if (!hasSoffice()) {
      context.skip(
        'soffice is not installed here (CI installs libreoffice-calc-nogui): LibreOffice check skipped',
      );
      return;
    }
    const file = join(out, 'lo.xlsx');
    expect((await care(['roster', '--data', dir, '--month', '2026-03', '--xlsx', file])).code).toBe(0);
    // 44 = comma, 34 = quote, 76 = UTF-8: the names must come back as written.
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', out, file],
      {
        stdio: 'ignore',
        timeout: 120_000,
        env: { ...process.env, HOME: out },
      },
    );
    const csv = join(out, 'lo.csv');
    expect(existsSync(csv)).toBe(true);
    const lines = readFileSync(csv, 'utf8').split('\n');
    expect(lines[1]?.split(',').slice(2, 5)).toEqual(['1', '2', '3']);
    const wang = lines.find((l) => l.startsWith('王芳'));
    expect(wang?.split(',').slice(2, 6)).toEqual(['白', '行政/夜', '夜', '夜']);
  }, 180_000);
});
