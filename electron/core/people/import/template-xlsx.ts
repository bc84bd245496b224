import ExcelJS from 'exceljs';
import type { Language } from '../../../../shared/i18n/types';
import { translate } from '../../../../shared/i18n/translate';
import { IMPORT_FIELDS } from '../../../../shared/ipc/people';
import type { ExportedFile } from '../../../../shared/ipc/people';

/**
 * An empty list to fill in: one column per field the import reads, titled as the
 * form names it, so a first import needs no column matching. Every column is text,
 * so Excel keeps an ID number's 18 digits and a date as typed.
 */
export async function importTemplate(language: Language): Promise<ExportedFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(translate(language, 'people.import.template.sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = IMPORT_FIELDS.map((field) => ({
    header: translate(language, `people:fields.${field}`),
    width: field === 'idNumber' || field === 'address' ? 24 : 14,
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: `${translate(language, 'people.import.template.fileName')}.xlsx`,
    base64: buffer.toString('base64'),
  };
}
