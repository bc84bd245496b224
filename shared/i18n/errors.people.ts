import type { Catalogue } from './types';

/**
 * Messages of the elders feature raised by main: refusals, import row
 * problems, reassessment reasons, plus the export's column titles and the
 * import command's report (both produced in main, in the user's language).
 */
const catalogue: Catalogue = {
  'zh-CN': {
    people: {
      notFound: '找不到这位老人的档案，可能已被其他人修改。请刷新后再试。',
      duplicateIdNumber: '这个身份证号已经登记在“{{name}}”的档案里，同一个身份证号不能登记给两个人。',
      photo: {
        notImage: '照片只能是 JPG 或 PNG 格式的图片，这个文件不是。',
        tooLarge: '照片太大了（最大 2 MB），请换一张小一些的照片，或用手机拍照时调低分辨率。',
      },
      reassessment: {
        never: '还没有做过能力评估',
        interval: '距上次评估已满规定间隔，需要复评',
        incidents: '上次评估后近 30 天内发生 2 次及以上跌倒、噎食、走失等风险事件',
        healthChanged: '健康档案新增了痴呆或精神疾病诊断，上次评估未考虑',
      },
      import: {
        unsupportedFile: '只能导入 Excel（.xlsx）或 CSV 文件。',
        unreadable: '无法读取这个文件，请确认它是 Excel（.xlsx）或 CSV 文件，并且没有损坏。',
        empty: '文件里没有找到任何数据行。',
        tooManyRows: '文件行数太多（最多 {{max}} 行），请分成几个文件导入。',
        noNameColumn: '没有找到“姓名”这一列，请在对应关系里指定哪一列是姓名。',
        missingName: '姓名没有填写',
        missingSex: '性别没有填写（也无法从身份证号得出）',
        badSex: '性别“{{value}}”无法识别，请填“男”或“女”',
        missingBirthDate: '出生日期没有填写（也无法从身份证号得出）',
        badDate: '日期“{{value}}”无法识别，请写成 1950-03-08 这样的格式',
        duplicateInFile: '身份证号与本文件第 {{row}} 行重复',
        unknownVillage: '“{{village}}”不在本镇的村庄名单里（可在“设置”中维护村庄名单）',
        villagesNotSet: '还没有在“设置”里填写本镇的村庄名单，无法核对村名',
        noIdNumber: '没有身份证号，导入后档案标记为“信息不全”',
        mappingNotFound: '没有名为“{{name}}”的已保存对应关系。',
        report: {
          usage:
            '用法：npm run care -- import people <文件.xlsx 或 .csv> [--dry-run 试运行，不写入] [--mapping 已保存的对应关系名称] [--lang zh-CN|en] [--data 数据文件夹]',
          cannotRead: '无法打开文件 {{file}}，请检查路径是否正确。',
          title: '导入文件：{{file}}',
          mapping: '列对应：{{mapping}}',
          kept: '第 {{row}} 行 {{name}}：可以导入',
          keptWithWarnings: '第 {{row}} 行 {{name}}：可以导入（{{warnings}}）',
          refused: '第 {{row}} 行 {{name}}：不导入 —— {{reasons}}',
          summaryDryRun: '试运行：{{ok}} 行可以导入，{{bad}} 行有问题。没有写入任何数据。',
          summary: '已导入 {{imported}} 行，{{refused}} 行有问题未导入。',
          unnamed: '（无姓名）',
          unmapped: '（不导入）',
        },
      },
      export: {
        sheet: '老人名单',
        fileName: '老人名单',
        yes: '是',
        no: '否',
        column: {
          name: '姓名',
          sex: '性别',
          birthDate: '出生日期',
          age: '年龄',
          idNumber: '身份证号',
          phone: '联系电话',
          village: '所在村',
          address: '地址',
          services: '服务项目',
          status: '状态',
          categories: '人员类别',
          level: '能力等级',
          incomplete: '信息不全',
          reassessmentDue: '需要复评',
        },
      },
    },
  },
  en: {
    people: {
      notFound: 'This person’s record was not found; someone may have changed it. Refresh and try again.',
      photo: {
        notImage: 'A photo must be a JPG or PNG image; this file is not one.',
        tooLarge:
          'The photo is too large (at most 2 MB). Choose a smaller picture or take it at a lower resolution.',
      },
      duplicateIdNumber:
        'This ID number is already on the record of “{{name}}”. Two people cannot share one ID number.',
      reassessment: {
        never: 'Never assessed',
        interval: 'The reassessment interval has passed since the last assessment',
        incidents:
          'Two or more falls, choking, wandering or similar risk events in the last 30 days, after the last assessment',
        healthChanged:
          'A dementia or psychiatric diagnosis was added that the last assessment did not consider',
      },
      import: {
        unsupportedFile: 'Only Excel (.xlsx) and CSV files can be imported.',
        unreadable:
          'The file could not be read. Make sure it is an Excel (.xlsx) or CSV file and not damaged.',
        empty: 'No data rows were found in the file.',
        tooManyRows: 'The file has too many rows (at most {{max}}). Split it into several files.',
        noNameColumn: 'No “name” column was found. Choose which column holds the name in the column mapping.',
        missingName: 'Name is missing',
        missingSex: 'Sex is missing (and cannot be read from an ID number)',
        badSex: 'Sex “{{value}}” is not recognised; use male or female',
        missingBirthDate: 'Birth date is missing (and cannot be read from an ID number)',
        badDate: 'Date “{{value}}” is not recognised; write it like 1950-03-08',
        duplicateInFile: 'Same ID number as row {{row}} of this file',
        unknownVillage: '“{{village}}” is not in the township’s village list (kept in Settings)',
        villagesNotSet:
          'The township’s village list is empty in Settings, so village names cannot be checked',
        noIdNumber: 'No ID number: the record will be marked incomplete',
        mappingNotFound: 'There is no saved column mapping called “{{name}}”.',
        report: {
          usage:
            'Usage: npm run care -- import people <file.xlsx or .csv> [--dry-run: check only, write nothing] [--mapping saved mapping name] [--lang zh-CN|en] [--data data folder]',
          cannotRead: 'Cannot open the file {{file}}; check the path.',
          title: 'Importing file: {{file}}',
          mapping: 'Columns: {{mapping}}',
          kept: 'Row {{row}} {{name}}: will be imported',
          keptWithWarnings: 'Row {{row}} {{name}}: will be imported ({{warnings}})',
          refused: 'Row {{row}} {{name}}: refused — {{reasons}}',
          summaryDryRun:
            'Dry run: {{ok}} rows can be imported, {{bad}} rows have problems. Nothing was written.',
          summary: 'Imported {{imported}} rows; {{refused}} rows with problems were not imported.',
          unnamed: '(no name)',
          unmapped: '(not imported)',
        },
      },
      export: {
        sheet: 'Elders',
        fileName: 'elders',
        yes: 'Yes',
        no: 'No',
        column: {
          name: 'Name',
          sex: 'Sex',
          birthDate: 'Birth date',
          age: 'Age',
          idNumber: 'ID number',
          phone: 'Phone',
          village: 'Village',
          address: 'Address',
          services: 'Services',
          status: 'Status',
          categories: 'Categories',
          level: 'Ability level',
          incomplete: 'Incomplete',
          reassessmentDue: 'Reassessment due',
        },
      },
    },
  },
};
export default catalogue;
