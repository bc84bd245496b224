import ExcelJS from 'exceljs';
import { CareError } from '../../../../shared/errors';
import { parseCsv } from './csv';
import { decodeCsvBytes } from './decode';

/** Most rows one import reads: beyond that, split the file. */
export const MAX_IMPORT_ROWS = 10_000;

export interface TableRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  cells: string[];
}

export interface Table {
  headers: string[];
  rows: TableRow[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text. Dates become 'YYYY-MM-DD' (Excel keeps them as UTC midnight). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function xlsxRows(bytes: Buffer): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new CareError('people.import.unreadable', {}, [], { cause: error });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return rows;
}

function csvRows(bytes: Buffer): TableRow[] {
  return parseCsv(decodeCsvBytes(bytes)).map((cells, index) => ({
    row: index + 1,
    cells: cells.map((c) => c.trim()),
  }));
}

/**
 * The first worksheet of an .xlsx, or a CSV file, as a header row and data
 * rows. The header is the first row with any text; blank rows are skipped.
 */
export async function readTable(fileName: string, bytes: Buffer): Promise<Table> {
  const isXlsx = /\.xlsx$/i.test(fileName);
  if (!isXlsx && !/\.csv$/i.test(fileName)) throw new CareError('people.import.unsupportedFile');
  const all = (isXlsx ? await xlsxRows(bytes) : csvRows(bytes)).filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...rows] = all;
  if (!header || rows.length === 0) throw new CareError('people.import.empty');
  if (rows.length > MAX_IMPORT_ROWS)
    throw new CareError('people.import.tooManyRows', { max: MAX_IMPORT_ROWS });
  const headers = header.cells.map((h, i) => (h === '' ? `#${i + 1}` : h));
  return { headers, rows };
}
