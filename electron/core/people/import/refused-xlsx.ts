import ExcelJS from 'exceljs';
import type { Language } from '../../../../shared/i18n/types';
import { translate } from '../../../../shared/i18n/translate';
import type { ImportFieldKey, ImportProblem } from '../../../../shared/ipc/people';

export interface RefusedRow {
  cells: readonly string[];
  problems: readonly ImportProblem[];
}

/** One problem in words, with the field it concerns: “出生日期：…”. */
export function problemText(problem: ImportProblem, language: Language): string {
  const text = translate(language, problem.code, problem.params);
  if (!problem.field) return text;
  const field = translate(language, `people:fields.${problem.field satisfies ImportFieldKey}`);
  return `${field}: ${text}`;
}

/**
 * The refused rows as a workbook: the original headers and cells as text (so an ID number
 * keeps its 18 digits and a date its form), then the reasons. Importing it again reads the
 * same columns; the reasons column is simply not mapped.
 */
export async function refusedWorkbook(
  headers: readonly string[],
  rows: readonly RefusedRow[],
  language: Language,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(translate(language, 'people.import.refusedFile.sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const reasonsHeader = translate(language, 'people.import.refusedFile.reasons');
  sheet.columns = [
    ...headers.map((header) => ({ header, width: 16, style: { numFmt: '@' } })),
    { header: reasonsHeader, width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const cells = headers.map((_h, i) => row.cells[i] ?? '');
    const reasons = row.problems.filter((p) => !p.warning).map((p) => problemText(p, language));
    sheet.addRow([...cells, reasons.join('；')]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
