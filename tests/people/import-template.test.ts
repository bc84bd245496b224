/**
 * The import template: an empty list whose columns the import recognises by
 * itself, in the user's language, so a new center's first import needs no
 * column matching.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../shared/ipc/people';
import type { Language } from '../../shared/i18n/types';
import { idNumber, openTestApp } from './helpers';
import type { TestApp } from './helpers';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('people.importTemplate', () => {
  it.each(['zh-CN', 'en'] as Language[])(
    'in %s: filled in and imported, every column is understood',
    async (language) => {
      app = await openTestApp(language);
      const template = await app.ok('people.importTemplate', undefined);
      expect(template.fileName).toMatch(/\.xlsx$/);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(template.base64, 'base64') as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('the template has no sheet');
      expect(sheet.rowCount).toBe(1);
      const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      expect(headers).toHaveLength(IMPORT_FIELDS.length);

      // A clerk fills in one elder and imports the file as it is.
      const values: Record<(typeof IMPORT_FIELDS)[number], string> = {
        name: '张三丰',
        sex: language === 'en' ? 'male' : '男',
        birthDate: '1940-03-12',
        idNumber: idNumber('19400312', '011'),
        phone: '13800138000',
        village: '',
        address: '青山镇东村 8 号',
        ethnicity: '汉族',
      };
      sheet.addRow(IMPORT_FIELDS.map((field) => values[field]));
      const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      const file = { fileName: template.fileName, base64 };

      const preview = await app.ok('people.importPreview', file);
      expect(headers.map((header) => preview.mapping[header])).toEqual([...IMPORT_FIELDS]);
      expect(preview.rows.map((row) => row.ok)).toEqual([true]);
      const result = await app.ok('people.importCommit', { ...file, mapping: preview.mapping });
      expect(result.imported).toBe(1);
    },
  );
});
