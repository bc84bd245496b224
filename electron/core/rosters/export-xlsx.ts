/**
 * The roster as an .xlsx workbook (Node only: exceljs): the grid as cells, a
 * title row, a row of day numbers and one of weekdays over the grid, one row
 * per staff member (name in its own cell, a day's two shifts joined by '/'),
 * totals, the legend, the footer and the version line. A4 landscape fitted
 * to one page wide, header frozen, so it prints as it is pinned on the wall.
 */
import ExcelJS from 'exceljs';
import { translator } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/i18n/types';
import type { RosterGrid } from '../../../shared/ipc/rosters';
import { STAFF_POSTS } from '../../../shared/schema';

export interface RosterSheetOptions {
  center: string;
  language: Language;
  kind: 'month' | 'week';
  /** The day the sheet is made, for the footer. */
  today: string;
}

const FIRST_DAY_COLUMN = 3;
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const pad = (n: number): string => String(n).padStart(2, '0');
function localMinute(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export async function rosterWorkbook(grid: RosterGrid, options: RosterSheetOptions): Promise<Buffer> {
  const t = translator(options.language);
  const s = (key: string, params?: Record<string, string | number>): string =>
    t(`cli:rosterSheet.${key}` as never, params as never);
  const post = (code: string): string =>
    (STAFF_POSTS as readonly string[]).includes(code) ? t(`staff:post.${code}` as never) : code;

  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(s('sheetName'), {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.3, right: 0.3, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 },
      printTitlesRow: '2:3',
    },
    views: [{ state: 'frozen', xSplit: 2, ySplit: 3 }],
  });
  const dayCount = grid.days.length;
  const totalsColumn = FIRST_DAY_COLUMN + dayCount;
  const lastColumn = totalsColumn + 3;

  const [year, month] = grid.from.split('-');
  const title =
    options.kind === 'month'
      ? s('monthTitle', {
          center: options.center,
          year: year ?? '',
          month: Number(month),
          period: grid.from.slice(0, 7),
        })
      : s('weekTitle', { center: options.center, from: grid.from, to: grid.to });
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(1, 1, 1, lastColumn);

  const numbers = sheet.getRow(2);
  const weekdays = sheet.getRow(3);
  numbers.getCell(1).value = s('name');
  numbers.getCell(2).value = s('post');
  grid.days.forEach((day, i) => {
    numbers.getCell(FIRST_DAY_COLUMN + i).value = Number(day.date.slice(8));
    weekdays.getCell(FIRST_DAY_COLUMN + i).value = s(`weekday.${String(day.weekday)}`);
    if (day.offDay) {
      for (const row of [numbers, weekdays])
        row.getCell(FIRST_DAY_COLUMN + i).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: 'FFEFEFEF' },
        };
    }
  });
  ['shifts', 'nights', 'restDays', 'hours'].forEach((key, i) => {
    numbers.getCell(totalsColumn + i).value = s(key);
  });
  for (const row of [numbers, weekdays]) row.font = { bold: true };

  grid.rows.forEach((r, index) => {
    const row = sheet.getRow(4 + index);
    row.getCell(1).value = r.name;
    row.getCell(2).value = post(r.post);
    grid.days.forEach((day, i) => {
      const codes = r.cells[day.date];
      if (codes && codes.length > 0) row.getCell(FIRST_DAY_COLUMN + i).value = codes.join('/');
    });
    row.getCell(totalsColumn).value = r.totals.shifts;
    row.getCell(totalsColumn + 1).value = r.totals.nights;
    row.getCell(totalsColumn + 2).value = r.totals.restDays;
    row.getCell(totalsColumn + 3).value = r.totals.hours;
  });
  const lastGridRow = 3 + grid.rows.length;
  for (let r = 2; r <= lastGridRow; r++)
    for (let c = 1; c <= lastColumn; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = BORDER;
      if (c >= FIRST_DAY_COLUMN) cell.alignment = { horizontal: 'center', vertical: 'middle' };
    }

  let footer = lastGridRow + 2;
  const legend = grid.codes
    .filter(
      (c) =>
        c.active || grid.rows.some((r) => Object.values(r.cells).some((codes) => codes.includes(c.code))),
    )
    .map((c) =>
      c.kind === 'shift'
        ? s('legendShift', { code: c.code, name: c.name, start: c.start ?? '', end: c.end ?? '' })
        : s('legendDay', { code: c.code, name: c.name }),
    )
    .join('    ');
  sheet.getCell(footer, 1).value = `${s('legend')}${legend}`;
  sheet.mergeCells(footer, 1, footer, lastColumn);
  footer += 1;
  const m = grid.month;
  const half = Math.floor(lastColumn / 3);
  sheet.getCell(footer, 1).value = s('preparedBy', { name: m?.preparedBy ?? '' });
  sheet.getCell(footer, half + 1).value = s('approvedBy', { name: m?.approvedBy ?? '' });
  sheet.getCell(footer, 2 * half + 1).value = s('printedOn', { date: options.today });
  footer += 1;
  sheet.getCell(footer, 1).value = m
    ? s('version', {
        version: m.version,
        publishedAt: localMinute(m.publishedAt),
        change: m.lastChange
          ? s('changed', { at: localMinute(m.lastChange.at), by: m.lastChange.byName })
          : '',
      })
    : s('notPublished');
  sheet.mergeCells(footer, 1, footer, lastColumn);

  sheet.getColumn(1).width = 10;
  sheet.getColumn(2).width = 8;
  for (let i = 0; i < dayCount; i++) sheet.getColumn(FIRST_DAY_COLUMN + i).width = dayCount > 7 ? 4.5 : 9;
  for (let i = 0; i < 4; i++) sheet.getColumn(totalsColumn + i).width = 6;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
