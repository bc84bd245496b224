/**
 * Importing elders from an Excel file: the columns are recognised from their
 * Chinese headings, every row is previewed with its problems, nothing is
 * written before the confirmation, and then only the good rows are imported.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chooseOption, containsText, hasText, setUpCenter, tr, visible } from './harness';
import { useE2E } from './use-e2e';
import {
  addPerson,
  listedNames,
  openPeopleList,
  peopleCount,
  validIdNumber,
  wrongCheckChar,
} from './people-helpers';

const e2e = useE2E();

const ALREADY_HERE = validIdNumber('1940-02-02', 11);

/** Two good rows, and three bad ones: wrong check character, no name, an ID number someone already has. */
async function roster(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('花名册');
  sheet.addRow(['姓名', '性别', '出生日期', '身份证号', '联系电话', '备注']);
  sheet.addRow(['刘桂芳', '女', '1944-05-06', validIdNumber('1944-05-06', 22), '13812340001', '']);
  sheet.addRow(['陈国强', '男', '1939-11-30', validIdNumber('1939-11-30', 35), '', '腿脚不便']);
  sheet.addRow(['赵有才', '男', '1942-08-08', wrongCheckChar(validIdNumber('1942-08-08', 17)), '', '']);
  sheet.addRow(['', '女', '1950-01-01', validIdNumber('1950-01-01', 44), '', '']);
  sheet.addRow(['孙大山', '男', '1940-02-02', ALREADY_HERE, '', '']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('import from Excel', () => {
  it('previews each row with its problems and imports only the good ones after confirmation', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await addPerson(session, {
      name: '孙大山',
      sex: 'male',
      birthDate: '1940-02-02',
      idNumber: ALREADY_HERE,
    });
    await session.open();

    await openPeopleList(page);
    await page.getByTestId('people-import').click();
    await visible(page.getByTestId('import-page'));
    await page.locator('input[type="file"]').setInputFiles({
      name: '花名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await roster(),
    });

    // Columns recognised from the headings; the remarks column is not imported.
    const select = (header: string) =>
      page.locator(`[data-testid="import-map-select"][data-header="${header}"]`);
    await hasText(select('姓名'), tr('zh-CN', 'people:fields.name'));
    await hasText(select('身份证号'), tr('zh-CN', 'people:fields.idNumber'));
    await hasText(select('备注'), tr('zh-CN', 'people:import.skipColumn'));
    await page.getByTestId('import-to-preview').click();

    await visible(page.locator('[data-testid="import-ok-count"][data-count="2"]'));
    await visible(page.locator('[data-testid="import-bad-count"][data-count="3"]'));
    const row = (n: number) => page.locator(`[data-testid="import-row"][data-row="${n}"]`);
    expect(await row(2).getAttribute('data-ok')).toBe('true');
    expect(await row(3).getAttribute('data-ok')).toBe('true');
    await containsText(
      row(4).getByTestId('import-problem'),
      tr('zh-CN', 'errors:validation.idNumber.checksum'),
    );
    await containsText(row(5).getByTestId('import-problem'), tr('zh-CN', 'errors:people.import.missingName'));
    await containsText(
      row(6).getByTestId('import-problem'),
      tr('zh-CN', 'errors:people.duplicateIdNumber', { name: '孙大山' }),
    );
    // Refusals are shown in red (antd's danger text).
    expect(await row(4).getByTestId('import-problem').first().getAttribute('class')).toContain(
      'ant-typography-danger',
    );

    // Nothing written by the preview.
    expect(await peopleCount(session)).toBe(1);

    await page.getByTestId('import-commit').click();
    await containsText(
      page.locator('.ant-modal-confirm'),
      tr('zh-CN', 'people:import.confirmSkipped_other', { count: 3 }),
    );
    await page.getByTestId('import-confirm').click();
    await hasText(
      page.getByTestId('import-result').locator('.ant-result-title'),
      tr('zh-CN', 'people:import.done_other', { count: 2 }),
    );

    expect(await peopleCount(session)).toBe(3);
    await openPeopleList(page);
    expect((await listedNames(page, 3)).sort()).toEqual(['刘桂芳', '孙大山', '陈国强'].sort());
  });

  it('imports a likely duplicate once ticked, and hands back the refused rows as an .xlsx with reasons', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await addPerson(session, { name: '王建国', sex: 'male', birthDate: '1948-01-20', village: '东村' });
    await session.open();

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('花名册');
    sheet.addRow(['姓名', '性别', '出生日期', '身份证号']);
    sheet.addRow(['王建国', '男', '1948-01-20', '']);
    sheet.addRow(['', '女', '1950-01-01', '']);
    sheet.addRow(['刘桂芳', '女', '1944-05-06', validIdNumber('1944-05-06', 22)]);
    await openPeopleList(page);
    await page.getByTestId('people-import').click();
    await page.locator('input[type="file"]').setInputFiles({
      name: '花名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await page.getByTestId('import-to-preview').click();

    const row = (n: number) => page.locator(`[data-testid="import-row"][data-row="${n}"]`);
    await visible(page.locator('[data-testid="import-ok-count"][data-count="1"]'));
    await containsText(row(2).getByTestId('import-problem'), '王建国');
    // Only the row held back for checking can be ticked.
    expect(await row(3).getByTestId('import-confirm-row').count()).toBe(0);
    await row(2).getByTestId('import-confirm-row').click();
    await visible(page.locator('[data-testid="import-ok-count"][data-count="2"]'));
    expect(await row(2).getAttribute('data-ok')).toBe('true');

    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-confirm').click();
    await hasText(
      page.getByTestId('import-result').locator('.ant-result-title'),
      tr('zh-CN', 'people:import.done_other', { count: 2 }),
    );
    expect(await peopleCount(session)).toBe(3);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('import-download-refused').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const refused = new ExcelJS.Workbook();
    await refused.xlsx.readFile(await download.path());
    const texts: string[] = [];
    refused.worksheets[0]?.eachRow((line) => {
      texts.push(Array.from({ length: line.cellCount }, (_, c) => line.getCell(c + 1).text).join('|'));
    });
    // The heading and the one refused row, with its reason beside it.
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain('1950-01-01');
    expect(texts[1]).toContain(tr('zh-CN', 'errors:people.import.missingName'));
  });

  it('maps an unknown heading by hand, remembers the mapping by name and offers it next time (CSV)', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    const csv = (rows: string[][]) => ({
      name: '名单.csv',
      mimeType: 'text/csv',
      // Excel writes a byte-order mark in front of UTF-8 CSV files.
      buffer: Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8'),
    });
    const header = ['姓名', '身份证号', '户籍村'];
    const select = (name: string) => page.locator(`[data-testid="import-map-select"][data-header="${name}"]`);

    await openPeopleList(page);
    await page.getByTestId('people-import').click();
    // Anything but .xlsx or .csv is turned away at once, saying why.
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: '名单.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await hasText(
      page.getByTestId('import-file-problem'),
      tr('zh-CN', 'people:import.wrongType', { file: '名单.txt' }),
    );
    await page
      .locator('input[type="file"]')
      .setInputFiles(csv([header, ['周明德', validIdNumber('1941-04-04', 51), '东村']]));
    // Not a heading the program knows: left out until someone says what it holds.
    await hasText(select('姓名'), tr('zh-CN', 'people:fields.name'));
    await hasText(select('户籍村'), tr('zh-CN', 'people:import.skipColumn'));
    await select('户籍村').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: tr('zh-CN', 'people:fields.village'),
      })
      .click();
    await page.getByTestId('import-save-as').fill('敬老院名单');
    await page.getByTestId('import-to-preview').click();
    await visible(page.locator('[data-testid="import-ok-count"][data-count="1"]'));
    await hasText(page.locator('[data-testid="import-row"][data-row="2"] td').nth(4), '东村');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-confirm').click();
    await visible(page.getByTestId('import-result'));
    expect(await peopleCount(session)).toBe(1);

    // Next time the same layout comes with its mapping remembered, and it can be chosen by name.
    await page.getByTestId('import-again').click();
    await page
      .locator('input[type="file"]')
      .setInputFiles(csv([header, ['吴秀珍', validIdNumber('1943-09-09', 62), '西村']]));
    await hasText(select('户籍村'), tr('zh-CN', 'people:fields.village'));
    await hasText(page.getByTestId('import-saved-mapping'), '敬老院名单');
    await page.getByTestId('import-to-preview').click();
    await visible(page.locator('[data-testid="import-ok-count"][data-count="1"]'));
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-confirm').click();
    await visible(page.getByTestId('import-result'));
    await openPeopleList(page);
    expect((await listedNames(page, 2)).sort()).toEqual(['吴秀珍', '周明德'].sort());
    await chooseOption(page, 'people-filter-status', tr('zh-CN', 'domain:personStatus.active'));
    await page.getByTestId('people-filter-village').fill('西村');
    expect(await listedNames(page, 1)).toEqual(['吴秀珍']);
  });

  it('lets staff pick the name column by hand when no heading reads as the name', async () => {
    const session = await e2e.start({ locale: 'zh-CN' });
    const { page } = session;
    await setUpCenter(session);
    await session.open();
    const select = (name: string) => page.locator(`[data-testid="import-map-select"][data-header="${name}"]`);

    await openPeopleList(page);
    await page.getByTestId('people-import').click();
    const rows = [
      ['老人名', '身份证号'],
      ['郑春花', validIdNumber('1946-03-03', 22)],
    ];
    await page.locator('input[type="file"]').setInputFiles({
      name: '名册.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8'),
    });
    // The file opens at the mapping step; the preview waits until a column is the name.
    await hasText(select('老人名'), tr('zh-CN', 'people:import.skipColumn'));
    await visible(page.getByTestId('import-name-missing'));
    expect(await page.getByTestId('import-to-preview').isDisabled()).toBe(true);

    await select('老人名').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', {
        hasText: tr('zh-CN', 'people:fields.name'),
      })
      .click();
    await page.getByTestId('import-to-preview').click();
    await visible(page.locator('[data-testid="import-ok-count"][data-count="1"]'));
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-confirm').click();
    await visible(page.getByTestId('import-result'));
    expect(await peopleCount(session)).toBe(1);
  });
});
