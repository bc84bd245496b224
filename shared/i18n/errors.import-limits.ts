import type { Catalogue } from './types';

/** Refusals of import files too large to be a list of elders (merged into `errors` under people.import). */
const catalogue: Catalogue = {
  'zh-CN': {
    people: {
      import: {
        fileTooLarge:
          '文件太大（最大 {{max}} MB）。一份老人名单通常只有几百 KB，请确认选对了文件，或分成几个文件导入。',
        unpackedTooLarge:
          '这个 Excel 文件解压后超过 {{max}} MB，不像是一份老人名单，为安全起见不读取。请用 Excel 另存为新文件后再导入。',
        tooManyColumns:
          '第 {{row}} 行在第 {{column}} 列还有内容，最多只能读取 {{max}} 列。请删除名单右侧多余的列后再导入。',
      },
    },
  },
  en: {
    people: {
      import: {
        fileTooLarge:
          'The file is too large (at most {{max}} MB). A list of elders is usually a few hundred KB; check that this is the right file, or split it.',
        unpackedTooLarge:
          'This Excel file unpacks to more than {{max}} MB, which is not what a list of elders looks like, so it is not read. Save it as a new file in Excel and import that.',
        tooManyColumns:
          'Row {{row}} has content in column {{column}}; at most {{max}} columns are read. Delete the extra columns to the right of the list and import again.',
      },
    },
  },
};

export default catalogue;
