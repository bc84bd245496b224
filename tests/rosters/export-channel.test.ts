/**
 * `rosters.exportXlsx`, the screen's Excel button: the same workbook as
 * `care roster --xlsx`, of the month or the week holding a date, with the
 * export in the audit (the roster names staff).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, openClockedApp, rosterCodes, type ClockedApp } from './helpers';

let app: ClockedApp;

beforeEach(async () => {
  app = await openClockedApp('2026-03-01T09:00');
  await rosterCodes(app);
  const wang = await addStaff(app, '王芳', 'carer', '0001', { area: '1号楼' });
  await app.ok('rosters.setCells', {
    changes: [
      { staffId: wang, date: '2026-03-02', codes: ['白'] },
      { staffId: wang, date: '2026-03-31', codes: ['夜'] },
    ],
  });
});
afterEach(async () => {
  await app.close();
});

async function sheetOf(base64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('rosters.exportXlsx', () => {
  it('hands back the month holding the date as the roster workbook, and audits the export', async () => {
    const file = await app.ok('rosters.exportXlsx', { kind: 'month', date: '2026-03-15' });
    expect(file.fileName).toBe('roster-2026-03.xlsx');
    const sheet = await sheetOf(file.base64);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    expect((sheet.getRow(2).values as unknown[]).slice(3, 34)).toEqual(
      Array.from({ length: 31 }, (_, i) => i + 1),
    );
    const row = [4, 5, 6].find((r) => sheet.getCell(r, 1).value === '王芳');
    if (row === undefined) throw new Error('王芳 is not on the sheet');
    expect(sheet.getCell(row, 4).value).toBe('白'); // the 2nd
    expect(sheet.getCell(row, 33).value).toBe('夜'); // the 31st

    const audit = readdirSync(join(app.dir, 'audit'))
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) =>
        readFileSync(join(app.dir, 'audit', f), 'utf8')
          .split('\n')
          .filter(Boolean),
      )
      .map((line) => JSON.parse(line) as { action: string; summary?: string });
    expect(audit.at(-1)).toMatchObject({ action: 'rosters.export', summary: '2026-03-01..2026-03-31' });
  });

  it('hands back the Monday-to-Sunday week holding the date', async () => {
    const file = await app.ok('rosters.exportXlsx', { kind: 'week', date: '2026-03-04' });
    expect(file.fileName).toBe('roster-2026-03-02-2026-03-08.xlsx');
    const sheet = await sheetOf(file.base64);
    expect((sheet.getRow(2).values as unknown[]).slice(3, 10)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});
