import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/ipc/people';
import { hashTree, validSettingsInput } from '../ipc/helpers';
import { encodeGbk, readXlsx, xlsxFile } from './files';
import { idNumber, openTestApp, personInput } from './helpers';
import type { TestApp } from './helpers';

const problemCodes = (preview: ImportPreview, row: number) =>
  preview.rows.find((r) => r.row === row)?.problems.map((p) => p.code) ?? [];

describe('people.importPreview / importCommit', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
    await app.ok('settings.save', { ...validSettingsInput(), villages: ['青山村', '绿水村'] });
    await app.ok('people.create', personInput('王德福', '19420202', '031'));
  });
  afterEach(async () => {
    await app.close();
  });

  async function sampleXlsx(): Promise<string> {
    const badChecksum =
      idNumber('19500101', '011').slice(0, 17) + (idNumber('19500101', '011').endsWith('1') ? '2' : '1');
    const bytes = await xlsxFile([
      ['姓名', '性别', '出生日期', '身份证号', '联系电话', '所在村', '备注'],
      [
        '张三丰',
        '男',
        new Date(Date.UTC(1940, 2, 12)),
        idNumber('19400312', '011'),
        '13800001111',
        '青山村',
        '老党员',
      ], // 2 ok
      ['李坏号', '男', '1950-01-01', badChecksum, '', '青山村', ''], // 3 bad checksum
      ['', '女', '1950-01-01', idNumber('19500101', '022'), '', '青山村', ''], // 4 missing name
      ['张三丰弟', '男', '1940-03-12', idNumber('19400312', '011'), '', '青山村', ''], // 5 duplicate of row 2
      ['王德福', '男', '1942-02-02', idNumber('19420202', '031'), '', '绿水村', ''], // 6 duplicate of stored person
      ['赵大娘', '女', '1945-05-05', idNumber('19450505', '042'), '', '白云村', ''], // 7 unknown village
      ['钱大爷', '男', '1950-13-45', '', '', '绿水村', ''], // 8 bad date, no ID
      ['孙奶奶', '女', '1938年9月9日', '', '13912345678', '绿水村', ''], // 9 ok without ID → incomplete
      ['周老汉', '', '', idNumber('19360606', '051').toLowerCase(), '', '', ''], // 10 ok: sex and birth date from the ID
    ]);
    return bytes.toString('base64');
  }

  it('previews every row with its problems and writes nothing', async () => {
    const base64 = await sampleXlsx();
    const before = await hashTree(app.dir);
    const preview = await app.ok('people.importPreview', { fileName: '花名册.xlsx', base64 });
    expect(await hashTree(app.dir)).toEqual(before);

    expect(preview.headers).toEqual(['姓名', '性别', '出生日期', '身份证号', '联系电话', '所在村', '备注']);
    expect(preview.mapping).toEqual({
      姓名: 'name',
      性别: 'sex',
      出生日期: 'birthDate',
      身份证号: 'idNumber',
      联系电话: 'phone',
      所在村: 'village',
      备注: null,
    });
    expect(preview.rows.map((r) => [r.row, r.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
      [7, false],
      [8, false],
      [9, true],
      [10, true],
    ]);
    expect(preview.okCount).toBe(3);
    expect(preview.badCount).toBe(6);
    expect(preview.rows[0]?.values).toMatchObject({
      name: '张三丰',
      birthDate: '1940-03-12',
      village: '青山村',
    });
    expect(problemCodes(preview, 3)).toEqual(['validation.idNumber.checksum']);
    expect(problemCodes(preview, 4)).toEqual(['people.import.missingName']);
    expect(problemCodes(preview, 5)).toEqual(['people.import.duplicateInFile']);
    expect(preview.rows.find((r) => r.row === 5)?.problems[0]?.params).toEqual({ row: 2 });
    expect(problemCodes(preview, 6)).toEqual(['people.duplicateIdNumber']);
    expect(problemCodes(preview, 7)).toEqual(['people.import.unknownVillage']);
    expect(problemCodes(preview, 8)).toEqual(['people.import.noIdNumber', 'people.import.badDate']);
    expect(problemCodes(preview, 9)).toEqual(['people.import.noIdNumber']);
    expect(preview.rows.find((r) => r.row === 9)?.problems[0]?.warning).toBe(true);
  });

  it('commits only the good rows, in one audited mutation, and remembers the mapping', async () => {
    const base64 = await sampleXlsx();
    const seq = app.session.store.seq;
    const result = await app.ok('people.importCommit', {
      fileName: '花名册.xlsx',
      base64,
      saveMappingAs: '民政花名册',
    });
    expect(result).toEqual({ imported: 3, refused: 6 });
    expect(app.session.store.seq).toBe(seq + 1);
    const names = app.session.store.core.people.map((p) => p.name).sort();
    expect(names).toEqual(['孙奶奶', '周老汉', '张三丰', '王德福'].sort());
    const zhou = app.session.store.core.people.find((p) => p.name === '周老汉');
    expect(zhou).toMatchObject({ sex: 'male', birthDate: '1936-06-06', incomplete: false });
    expect(app.session.store.core.people.find((p) => p.name === '孙奶奶')?.incomplete).toBe(true);
    const mappings = await app.ok('people.importMappings', undefined);
    expect(mappings).toEqual([
      { name: '民政花名册', mapping: expect.objectContaining({ 姓名: 'name', 备注: null }) as unknown },
    ]);
    // Imported people are searchable at once.
    expect((await app.ok('people.list', { query: 'zsf' })).items.map((i) => i.name)).toEqual(['张三丰']);
  });

  it('reads a GBK CSV with quoted fields, using a chosen mapping for unknown titles', async () => {
    const csv = [
      '老人名,性别,出生日期,身份证号,电话,村,地址',
      `曾秀英,女,1945/6/1,${idNumber('19450601', '022')},13800002222,绿水村,"绿水村3组,东头"`,
      `单桂兰,女,1938-09-09,${idNumber('19380909', '023')},,青山村,`,
      '',
    ].join('\r\n');
    const base64 = encodeGbk(csv).toString('base64');
    // No heading reads as the name: the preview still shows the headers, every row lacking its name…
    const unmapped = await app.ok('people.importPreview', { fileName: 'list.csv', base64 });
    expect(unmapped.headers).toEqual(['老人名', '性别', '出生日期', '身份证号', '电话', '村', '地址']);
    expect(unmapped.mapping).toMatchObject({ 老人名: null, 身份证号: 'idNumber', 村: 'village' });
    expect([unmapped.okCount, unmapped.badCount]).toEqual([0, 2]);
    for (const row of unmapped.rows) {
      expect(row.ok).toBe(false);
      expect(row.problems).toContainEqual(
        expect.objectContaining({ code: 'people.import.missingName', field: 'name' }),
      );
    }
    // …and committing it as it is refuses the file, writing nothing.
    const before = await hashTree(app.dir);
    const refused = await app.call('people.importCommit', { fileName: 'list.csv', base64 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('people.import.noNameColumn');
    expect(await hashTree(app.dir)).toEqual(before);
    expect(app.session.store.core.people.some((p) => p.name === '曾秀英')).toBe(false);

    const preview = await app.ok('people.importPreview', {
      fileName: 'list.csv',
      base64,
      mapping: { 老人名: 'name' },
    });
    expect(preview.rows[0]?.values).toMatchObject({
      name: '曾秀英',
      address: '绿水村3组,东头',
      birthDate: '1945/6/1',
    });
    expect(preview.rows[1]?.problems.map((p) => p.code)).toEqual(['validation.idNumber.sexMismatch']);
    expect([preview.okCount, preview.badCount]).toEqual([1, 1]);
    const result = await app.ok('people.importCommit', {
      fileName: 'list.csv',
      base64,
      mapping: preview.mapping,
    });
    expect(result).toEqual({ imported: 1, refused: 1 });
    expect(app.session.store.core.people.find((p) => p.name === '曾秀英')?.address).toBe('绿水村3组,东头');
  });

  it('refuses a file that is neither xlsx nor CSV, and a damaged xlsx, in the user language', async () => {
    const bad = await app.call('people.importPreview', { fileName: 'list.xls', base64: 'AAAA' });
    expect(bad.ok).toBe(false);
    const damaged = await app.call('people.importPreview', { fileName: 'list.xlsx', base64: 'AAAAAAAA' });
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) {
      expect(damaged.error.code).toBe('people.import.unreadable');
      expect(damaged.error.message).toContain('Excel');
    }
  });

  it('only warns about villages when the township list is empty', async () => {
    await app.ok('settings.save', validSettingsInput());
    const base64 = Buffer.from(`姓名,身份证号,村\n赵大娘,${idNumber('19450505', '042')},白云村\n`).toString(
      'base64',
    );
    const preview = await app.ok('people.importPreview', { fileName: 'a.csv', base64 });
    expect(preview.rows[0]).toMatchObject({
      ok: true,
      problems: [{ code: 'people.import.villagesNotSet', warning: true }],
    });
  });
});

describe('people.export', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
    await app.ok(
      'people.create',
      personInput('张三丰', '19400312', '011', {
        village: '青山村',
        phone: '13800001111',
        services: ['dayCare'],
      }),
    );
    await app.ok('people.create', personInput('曾秀英', '19450601', '022', { village: '绿水村' }));
  });
  afterEach(async () => {
    await app.close();
  });

  it('writes the current view as a readable xlsx with Chinese headers and real dates', async () => {
    const file = await app.ok('people.export', { village: '青山村' });
    expect(file.fileName).toMatch(/^老人名单-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = await readXlsx(file.base64);
    const sheet = workbook.getWorksheet('老人名单');
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.rowCount).toBe(2);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['姓名', '性别', '出生日期', '年龄', '身份证号']);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('张三丰');
    expect(row.getCell(2).value).toBe('男');
    const birth = row.getCell(3).value;
    expect(birth).toBeInstanceOf(Date);
    expect((birth as Date).toISOString().slice(0, 10)).toBe('1940-03-12');
    expect(row.getCell(5).value).toBe(idNumber('19400312', '011'));
    expect(row.getCell(9).value).toBe('日间照料');
    expect(sheet.getColumn(5).width).toBeGreaterThanOrEqual(20);
  });

  it('uses English headers and sheet name when the language is English', async () => {
    await app.setLanguage('en');
    const file = await app.ok('people.export', {});
    expect(file.fileName).toMatch(/^elders-/);
    const sheet = (await readXlsx(file.base64)).getWorksheet('Elders');
    expect((sheet?.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Name', 'Sex', 'Birth date']);
    expect(sheet?.rowCount).toBe(3);
  });
});
