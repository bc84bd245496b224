import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CareError, isCareError } from '../../../../shared/errors';
import { parseCsv } from './csv';
import { decodeCsvBytes } from './decode';
import { checkXlsxContainer, importFileTooLarge, MAX_IMPORT_FILE_BYTES } from './xlsx-container';

/** Most rows one import reads: beyond that, split the file. */
export const MAX_IMPORT_ROWS = 10_000;
/** Most columns one import reads; an elders' list has a few dozen at most. */
export const MAX_IMPORT_COLUMNS = 200;

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

/** Excel's name of a column: 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function tooManyColumns(row: number, column: number): CareError {
  return new CareError('people.import.tooManyColumns', {
    row,
    column: columnLetters(column),
    max: MAX_IMPORT_COLUMNS,
  });
}

/** Header plus the data rows allowed: one more means the file is refused. */
const MAX_TABLE_ROWS = MAX_IMPORT_ROWS + 1;

/**
 * The non-blank rows of the first worksheet, streamed: rows and columns are counted as they
 * are read and the file is refused the moment it passes a limit, whatever its dimension
 * record claims. (Loading the whole workbook first made a row with one cell in column XFD
 * cost 16,384 cells.)
 */
async function xlsxRows(bytes: Buffer): Promise<TableRow[]> {
  await checkXlsxContainer(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell which numbers are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const rows: TableRow[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          const text = cellText(cell.value).trim();
          if (text === '') return;
          if (column > MAX_IMPORT_COLUMNS) throw tooManyColumns(row.number, column);
          cells[column - 1] = text;
        });
        if (cells.length === 0) continue;
        rows.push({ row: row.number, cells: Array.from(cells, (c) => c ?? '') });
        if (rows.length > MAX_TABLE_ROWS)
          throw new CareError('people.import.tooManyRows', { max: MAX_IMPORT_ROWS });
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (isCareError(error)) throw error;
    throw new CareError('people.import.unreadable', {}, [], { cause: error });
  }
  return rows;
}

function csvRows(bytes: Buffer): TableRow[] {
  return parseCsv(decodeCsvBytes(bytes)).map((cells, index) => {
    const trimmed = cells.map((c) => c.trim());
    while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
    if (trimmed.length > MAX_IMPORT_COLUMNS) throw tooManyColumns(index + 1, trimmed.length);
    return { row: index + 1, cells: trimmed };
  });
}

/**
 * The first worksheet of an .xlsx, or a CSV file, as a header row and data
 * rows. The header is the first row with any text; blank rows are skipped.
 */
export async function readTable(fileName: string, bytes: Buffer): Promise<Table> {
  const isXlsx = /\.xlsx$/i.test(fileName);
  if (!isXlsx && !/\.csv$/i.test(fileName)) throw new CareError('people.import.unsupportedFile');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw importFileTooLarge();
  const all = (isXlsx ? await xlsxRows(bytes) : csvRows(bytes)).filter((r) => r.cells.some((c) => c !== ''));
  const [header, ...rows] = all;
  if (!header || rows.length === 0) throw new CareError('people.import.empty');
  if (rows.length > MAX_IMPORT_ROWS)
    throw new CareError('people.import.tooManyRows', { max: MAX_IMPORT_ROWS });
  const headers = header.cells.map((h, i) => (h === '' ? `#${i + 1}` : h));
  return { headers, rows };
}
