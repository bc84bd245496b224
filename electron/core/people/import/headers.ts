import type { ImportFieldKey, ImportMapping } from '../../../../shared/ipc/people';

/** Usual column titles, compared after lower-casing and dropping spaces, '*', ':' and brackets. */
const KNOWN: Record<ImportFieldKey, string[]> = {
  name: ['姓名', '名字', '老人姓名', '姓 名', 'name', 'fullname', 'full name'],
  sex: ['性别', 'sex', 'gender'],
  birthDate: [
    '出生日期',
    '出生年月',
    '出生年月日',
    '生日',
    'birthdate',
    'birth date',
    'dateofbirth',
    'date of birth',
    'dob',
  ],
  idNumber: [
    '身份证号',
    '身份证号码',
    '身份证',
    '公民身份号码',
    '公民身份证号码',
    '证件号码',
    'idnumber',
    'id number',
    'idno',
    'id no',
    'id',
    'idcard',
    'id card',
    'id card number',
  ],
  phone: [
    '联系电话',
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '电话号码',
    '联系方式',
    'phone',
    'telephone',
    'mobile',
    'tel',
    'phone number',
  ],
  village: ['村', '所在村', '村庄', '村名', '村组', '所属村', '村（社区）', 'village'],
  address: ['地址', '家庭住址', '住址', '现住址', '居住地址', 'address', 'home address'],
  ethnicity: ['民族', 'ethnicity', 'ethnic group', 'nation', 'nationality'],
};

export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s*:：_()（）[\]【】.]/g, '');
}

const LOOKUP = new Map<string, ImportFieldKey>();
for (const [field, titles] of Object.entries(KNOWN) as [ImportFieldKey, string[]][]) {
  for (const title of titles) LOOKUP.set(headerKey(title), field);
}

/** Field a column title usually means, or null. */
export function recogniseHeader(header: string): ImportFieldKey | null {
  return LOOKUP.get(headerKey(header)) ?? null;
}

/**
 * Every header → field. Recognised titles first, then the caller's mapping
 * (a saved or user-chosen one) overrides per header; each field is taken by
 * its first column only.
 */
export function resolveMapping(headers: readonly string[], chosen?: ImportMapping): ImportMapping {
  const out: ImportMapping = {};
  const taken = new Set<ImportFieldKey>();
  for (const header of headers) {
    if (header in out) continue;
    const field =
      chosen && Object.hasOwn(chosen, header) ? (chosen[header] ?? null) : recogniseHeader(header);
    out[header] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return out;
}
