import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validSettingsInput } from '../ipc/helpers';
import { xlsxFile } from './files';
import { idNumber, openTestApp } from './helpers';
import type { TestApp } from './helpers';

const HEADERS = ['姓名', '性别', '出生日期', '身份证号', '所在村', '备注'];

async function readBack(base64: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v as string))));
  });
  return rows;
}

describe('the import loop: duplicates without an ID number, refused rows to fix', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
    await app.ok('settings.save', { ...validSettingsInput(), villages: ['青山村', '绿水村'] });
  });
  afterEach(async () => {
    await app.close();
  });

  async function file(): Promise<{ fileName: string; base64: string }> {
    const bytes = await xlsxFile([
      HEADERS,
      ['李桂英', '女', '1941-05-05', '', '青山村', '无身份证'], // 2 no ID
      ['张三丰', '男', '1940-03-12', idNumber('19400312', '011'), '青山村', ''], // 3 with ID
      ['李桂英', '女', '1941-05-05', '', '青山村', '同一人又录了一次'], // 4 same as row 2
      ['王未来', '男', '2030-01-01', '', '绿水村', '生日写错'], // 5 future birth date
      ['赵小妹', '女', '1995-01-01', '', '绿水村', '年龄不对'], // 6 age under 40
      ['钱大爷', '男', '1950/2/30', '', '白云村', ''], // 7 bad date, unknown village
    ]);
    return { fileName: '村委名单.xlsx', base64: Buffer.from(bytes).toString('base64') };
  }

  it('flags a repeated row without an ID number and does not import the file twice', async () => {
    const f = await file();
    const preview = await app.ok('people.importPreview', f);
    const row = (n: number) => preview.rows.find((r) => r.row === n);
    expect(row(4)?.ok).toBe(false);
    expect(row(4)?.problems).toContainEqual(
      expect.objectContaining({
        code: 'people.import.likelyDuplicateInFile',
        params: { row: 2 },
        confirmable: true,
      }),
    );
    expect(row(5)?.problems.map((p) => p.code)).toContain('validation.person.birthInFuture');
    expect(row(6)?.problems).toContainEqual(
      expect.objectContaining({ code: 'people.import.unusualAge', confirmable: true }),
    );
    expect((await app.ok('people.importCommit', f)).imported).toBe(2);

    // The same file again: the row without an ID number is a likely duplicate, not a second elder.
    const again = await app.ok('people.importPreview', f);
    const second = again.rows.find((r) => r.row === 2);
    expect(second?.ok).toBe(false);
    expect(second?.problems).toContainEqual(
      expect.objectContaining({
        code: 'people.import.likelyDuplicate',
        params: { others: '李桂英 1941-05-05 青山村' },
      }),
    );
    expect((await app.ok('people.importCommit', f)).imported).toBe(0);
    expect((await app.ok('people.list', {})).total).toBe(2);

    // Confirmed rows are imported, their problems kept as warnings.
    const confirmed = await app.ok('people.importCommit', { ...f, confirmRows: [2, 6] });
    expect(confirmed.imported).toBe(2);
    expect((await app.ok('people.list', { query: '赵小妹' })).total).toBe(1);
  });

  it('gives the refused rows back as an .xlsx with the original columns and the reasons, in the user language', async () => {
    const f = await file();
    const zh = await readBack((await app.ok('people.importRefused', f)).base64);
    expect(zh[0]).toEqual([...HEADERS, '未导入的原因']);
    expect(zh.map((r) => r[0])).toEqual(['姓名', '李桂英', '王未来', '赵小妹', '钱大爷']);
    const qian = zh.find((r) => r[0] === '钱大爷') ?? [];
    expect(qian.slice(0, 6)).toEqual(['钱大爷', '男', '1950/2/30', '', '白云村', '']);
    expect(qian[6]).toContain('出生日期');
    expect(qian[6]).toContain('白云村');
    expect(zh.find((r) => r[0] === '王未来')?.[6]).toContain('出生日期不能晚于今天');

    await app.setLanguage('en');
    const en = await app.ok('people.importRefused', { ...f, confirmRows: [6] });
    expect(en.fileName).toBe('村委名单-rows not imported.xlsx');
    const rows = await readBack(en.base64);
    expect(rows[0]?.at(-1)).toBe('Why not imported');
    expect(rows.map((r) => r[0])).toEqual(['姓名', '李桂英', '王未来', '钱大爷']);
    expect(rows.find((r) => r[0] === '王未来')?.[6]).toBe('Birth date: The birth date cannot be after today');
  });
});
