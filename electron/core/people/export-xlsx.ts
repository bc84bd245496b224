import ExcelJS from 'exceljs';
import { abilityLevelLabelKey } from '../../../shared/domain/ability';
import { categoryLabelKey } from '../../../shared/domain/categories';
import { translator } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/i18n/types';
import type { PersonListItem } from '../../../shared/ipc/people';

type ColumnKey =
  | 'name'
  | 'sex'
  | 'birthDate'
  | 'age'
  | 'idNumber'
  | 'phone'
  | 'village'
  | 'address'
  | 'services'
  | 'status'
  | 'categories'
  | 'level'
  | 'incomplete'
  | 'reassessmentDue';

/** Column order and widths (in characters; Chinese characters count about two). */
const COLUMNS: { key: ColumnKey; width: number; numFmt?: string }[] = [
  { key: 'name', width: 12 },
  { key: 'sex', width: 6 },
  { key: 'birthDate', width: 12, numFmt: 'yyyy-mm-dd' },
  { key: 'age', width: 6 },
  { key: 'idNumber', width: 21, numFmt: '@' },
  { key: 'phone', width: 15, numFmt: '@' },
  { key: 'village', width: 12 },
  { key: 'address', width: 28 },
  { key: 'services', width: 22 },
  { key: 'status', width: 8 },
  { key: 'categories', width: 24 },
  { key: 'level', width: 10 },
  { key: 'incomplete', width: 9 },
  { key: 'reassessmentDue', width: 10 },
];

/** A calendar date as Excel stores it: midnight UTC, shown with a date format. */
function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export interface ExportRow extends PersonListItem {
  address: string | null;
}

/** The current list view as an .xlsx workbook, headers and labels in `language`. */
export async function peopleWorkbook(rows: readonly ExportRow[], language: Language): Promise<Buffer> {
  const t = translator(language);
  const yesNo = (value: boolean) => t(value ? 'people.export.yes' : 'people.export.no');
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(t('people.export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    header: t(`people.export.column.${c.key}`),
    key: c.key,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      name: row.name,
      sex: t(`domain:sex.${row.sex}`),
      birthDate: excelDate(row.birthDate),
      age: row.age,
      idNumber: row.idNumber ?? '',
      phone: row.phone ?? '',
      village: row.village ?? '',
      address: row.address ?? '',
      services: row.services.map((s) => t(`domain:service.${s}`)).join('、'),
      status: t(`domain:personStatus.${row.status}`),
      categories: row.categories.map((c) => t(categoryLabelKey(c))).join('、'),
      level: row.abilityLevel === null ? '' : t(abilityLevelLabelKey(row.abilityLevel)),
      incomplete: yesNo(row.incomplete),
      reassessmentDue: yesNo(row.reassessmentDue),
    } satisfies Record<ColumnKey, unknown>);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
