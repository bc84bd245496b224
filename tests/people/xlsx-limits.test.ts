import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, readTable } from '../../electron/core/people/import/table';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_XLSX_UNPACKED_BYTES,
} from '../../electron/core/people/import/xlsx-container';
import { isCareError } from '../../shared/errors';
import { translate } from '../../shared/i18n/translate';
import { SHEET_END, SHEET_START, workbookParts, zipFile } from './zip-writer';

const MB = 1024 * 1024;

/** The refusal's code and params, or a failure if readTable did not refuse. */
async function refusal(
  fileName: string,
  bytes: Buffer,
): Promise<{ code: string; params: Record<string, unknown> }> {
  try {
    await readTable(fileName, bytes);
  } catch (error) {
    if (isCareError(error)) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('the file was read');
}

/**
 * Runs `work` while sampling the heap every few milliseconds; returns the peak growth over
 * the heap before it started (after a collection when the runner exposes gc).
 */
async function heapGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growth: number; ms: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { result, growth: peak - before, ms: performance.now() - started };
  } finally {
    clearInterval(sampler);
  }
}

/** Rows each with a name in A and one cell in the last column Excel has (XFD): the 84 KB file of the report. */
function xfdFile(rows: number): Promise<Buffer> {
  return zipFile(
    workbookParts(function* () {
      yield Buffer.from(`${SHEET_START}<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>`);
      for (let r = 2; r <= rows + 1; r++)
        yield Buffer.from(
          `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>老人${r}</t></is></c><c r="XFD${r}"><v>1</v></c></row>`,
        );
      yield Buffer.from(SHEET_END);
    }),
  );
}

describe('an .xlsx is read within limits, streamed', () => {
  it('refuses a file with a cell in column XFD on every row at once, with memory flat', async () => {
    const bytes = await xfdFile(8_000);
    expect(bytes.length).toBeLessThan(120 * 1024);
    const { result, growth, ms } = await heapGrowth(() => refusal('名单.xlsx', bytes));
    console.log(
      `XFD file: ${bytes.length} bytes, refused in ${ms.toFixed(0)} ms, heap +${(growth / MB).toFixed(1)} MB`,
    );
    expect(result).toEqual({
      code: 'people.import.tooManyColumns',
      params: { row: 2, column: 'XFD', max: 200 },
    });
    expect(growth).toBeLessThan(200 * MB);
    expect(ms).toBeLessThan(10_000);
    expect(translate('zh-CN', result.code, result.params as Record<string, string | number>)).toContain(
      'XFD',
    );
    expect(translate('en', result.code, result.params as Record<string, string | number>)).toContain(
      'at most 200 columns',
    );
  }, 60_000);

  it('refuses a zip bomb (a cell of 200 MB packed into a small file) before unpacking it', async () => {
    const header = `${SHEET_START}<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>`;
    const bytes = await zipFile(
      workbookParts(function* () {
        yield Buffer.from(header);
        const block = Buffer.alloc(MB, 'a');
        for (let i = 0; i < 200; i++) yield block;
        yield Buffer.from(`</t></is></c></row>${SHEET_END}`);
      }),
    );
    expect(bytes.length).toBeLessThan(MB);
    const { result, growth, ms } = await heapGrowth(() => refusal('名单.xlsx', bytes));
    console.log(
      `zip bomb: ${bytes.length} bytes, refused in ${ms.toFixed(0)} ms, heap +${(growth / MB).toFixed(1)} MB`,
    );
    expect(result).toEqual({
      code: 'people.import.unpackedTooLarge',
      params: { max: MAX_XLSX_UNPACKED_BYTES / MB },
    });
    expect(growth).toBeLessThan(200 * MB);
  }, 60_000);

  it('counts rows while reading, whatever the sheet claims its size is', async () => {
    const rows = MAX_IMPORT_ROWS + 5;
    const bytes = await zipFile(
      workbookParts(function* () {
        // The dimension record says one cell; the rows below say otherwise.
        yield Buffer.from(SHEET_START.replace('<sheetData>', '<dimension ref="A1"/><sheetData>'));
        for (let r = 1; r <= rows; r++) yield Buffer.from(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
        yield Buffer.from(SHEET_END);
      }),
    );
    expect(await refusal('名单.xlsx', bytes)).toEqual({
      code: 'people.import.tooManyRows',
      params: { max: MAX_IMPORT_ROWS },
    });
  }, 60_000);

  it('refuses a part hidden between the parts the zip lists (the streaming reader would read it)', async () => {
    const sheet = () => [Buffer.from(`${SHEET_START}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_END}`)];
    const good = await zipFile(workbookParts(sheet));
    const hidden = await zipFile([{ name: 'xl/worksheets/sheet1.xml', pieces: sheet }]);
    const cdStart = good.readUInt32LE(good.length - 22 + 16);
    const hiddenLocal = hidden.subarray(0, hidden.readUInt32LE(hidden.length - 22 + 16));
    // Insert the extra local part just before the central directory, which does not list it.
    const crafted = Buffer.concat([good.subarray(0, cdStart), hiddenLocal, good.subarray(cdStart)]);
    crafted.writeUInt32LE(cdStart + hiddenLocal.length, crafted.length - 22 + 16);
    expect((await refusal('名单.xlsx', crafted)).code).toBe('people.import.unreadable');
  });

  it('refuses files larger than the limit, and CSV rows wider than the column limit', async () => {
    expect(await refusal('名单.csv', Buffer.alloc(MAX_IMPORT_FILE_BYTES + 1, 0x20))).toEqual({
      code: 'people.import.fileTooLarge',
      params: { max: MAX_IMPORT_FILE_BYTES / MB },
    });
    const wide = `姓名\n张三${','.repeat(MAX_IMPORT_COLUMNS)}x\n`;
    expect((await refusal('名单.csv', Buffer.from(wide))).code).toBe('people.import.tooManyColumns');
  });

  it('still reads an ordinary workbook: dates, numbers, blank rows skipped, trailing blank columns dropped', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['姓名', '出生日期', '电话']);
    sheet.addRow(['张三丰', new Date(Date.UTC(1940, 2, 12)), 13800000000]);
    sheet.addRow([]);
    sheet.addRow(['李四', '1950-01-02', '']);
    const table = await readTable('名单.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(table).toEqual({
      headers: ['姓名', '出生日期', '电话'],
      rows: [
        { row: 2, cells: ['张三丰', '1940-03-12', '13800000000'] },
        { row: 4, cells: ['李四', '1950-01-02'] },
      ],
    });
  });
});
