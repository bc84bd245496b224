import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../electron/core/people/import/csv';
import { decodeCsvBytes } from '../../electron/core/people/import/decode';
import { recogniseHeader, resolveMapping } from '../../electron/core/people/import/headers';
import { parseDateInput as parseDate } from '../../shared/domain/date-input';
import { parseSex } from '../../electron/core/people/import/values';
import { encodeGbk } from './files';

describe('CSV (RFC 4180)', () => {
  it('splits fields and records, CRLF or LF, with or without a final line break', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a,,\n')).toEqual([['a', '', '']]);
  });

  it('handles quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('"青山镇,中心街","他说""好""","第一行\r\n第二行"\r\nx')).toEqual([
      ['青山镇,中心街', '他说"好"', '第一行\r\n第二行'],
      ['x'],
    ]);
  });

  it('reads tab-separated text', () => {
    expect(parseCsv('姓名\t性别\n张三\t男')).toEqual([
      ['姓名', '性别'],
      ['张三', '男'],
    ]);
  });
});

describe('CSV text encoding', () => {
  it('reads UTF-8 with and without BOM', () => {
    const utf8 = Buffer.from('姓名,村\n张三丰,青山村', 'utf8');
    expect(decodeCsvBytes(utf8)).toBe('姓名,村\n张三丰,青山村');
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toBe(
      '姓名,村\n张三丰,青山村',
    );
  });

  it('falls back to GBK when the bytes are not valid UTF-8 (Excel on Chinese Windows)', () => {
    const gbk = encodeGbk('姓名,身份证号,所在村\n曾秀英,11010519450601022X,绿水村');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(decodeCsvBytes(gbk)).toBe('姓名,身份证号,所在村\n曾秀英,11010519450601022X,绿水村');
  });
});

describe('header recognition and values', () => {
  it('recognises usual Chinese and English titles', () => {
    const cases: [string, string | null][] = [
      ['姓名', 'name'],
      ['Name', 'name'],
      ['性别', 'sex'],
      ['Gender', 'sex'],
      ['出生日期', 'birthDate'],
      ['Birth date', 'birthDate'],
      ['身份证号', 'idNumber'],
      ['身份证号码', 'idNumber'],
      ['ID number', 'idNumber'],
      ['联系电话', 'phone'],
      ['手机', 'phone'],
      ['Phone', 'phone'],
      ['村', 'village'],
      ['所在村', 'village'],
      ['村庄', 'village'],
      ['Village', 'village'],
      ['地址', 'address'],
      ['民族', 'ethnicity'],
      ['* 姓名 *', 'name'],
      ['备注', null],
    ];
    for (const [header, field] of cases) expect(recogniseHeader(header), header).toBe(field);
  });

  it('lets a chosen mapping override recognition; a field is taken by its first column only', () => {
    expect(resolveMapping(['老人', '姓名', '电话', '手机'], { 老人: 'name', 姓名: null })).toEqual({
      老人: 'name',
      姓名: null,
      电话: 'phone',
      手机: null,
    });
  });

  it('parses dates and sexes as staff write them', () => {
    for (const raw of ['1950-03-08', '1950/3/8', '1950.3.8', '1950年3月8日', '19500308'])
      expect(parseDate(raw), raw).toBe('1950-03-08');
    for (const raw of ['1950-02-30', '8/3/1950', 'abc', '']) expect(parseDate(raw), raw).toBeNull();
    expect(parseSex('男')).toBe('male');
    expect(parseSex('Female')).toBe('female');
    expect(parseSex('未知')).toBeNull();
  });
});
