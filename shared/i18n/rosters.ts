import type { FeatureStrings } from './types';

/**
 * Rosters: refusals of the roster core (`errors:rosters.*`), the change
 * summaries of the audit and the `care roster` command (`cli:roster.*`) with
 * the printed workbook's words (`cli:rosterSheet.*`).
 */
export default {
  errors: {
    rosters: {
      overlap: [
        '{{name}}的班次重叠：{{dateA}} {{codeA}} 与 {{dateB}} {{codeB}}，一个人不能同时上两个班。',
        '{{name}} would work two overlapping shifts: {{codeA}} on {{dateA}} and {{codeB}} on {{dateB}}.',
      ],
      unknownCode: ['没有代码为“{{code}}”的班次或休假代码。', 'No shift or day code "{{code}}" exists.'],
      inactiveCode: [
        '“{{code}}”（{{name}}）已停用，不能再排入排班表。',
        '"{{code}}" ({{name}}) is no longer in use and cannot be put on the roster.',
      ],
      unknownStaff: ['找不到这位工作人员。', 'This staff member was not found.'],
      inactiveStaff: [
        '{{name}}已停用（离职），不能再排班。',
        '{{name}} is no longer active and cannot be put on the roster.',
      ],
      sameCodeTwice: [
        '{{name}} {{date}} 同一个代码出现了两次。',
        '{{name}} has the same code twice on {{date}}.',
      ],
      holidayOutsideYear: ['{{date}} 不在 {{year}} 年内。', '{{date}} does not fall in {{year}}.'],
      holidayTwice: ['{{date}} 出现了两次。', '{{date}} appears twice.'],
      unknownPost: ['没有岗位“{{post}}”。', 'There is no post "{{post}}".'],
      nothingToSwap: [
        '两个人在这两天都没有排班，没有可以调换的内容。',
        'Neither person has anything on the roster on these days: there is nothing to swap.',
      ],
    },
  },
  cli: {
    help: {
      roster: [
        'roster           导出排班表 Excel  --month YYYY-MM 或 --week YYYY-MM-DD（含该日的周一至周日），--xlsx 文件（必填）  --json',
        'roster           the roster as an Excel workbook  --month YYYY-MM or --week YYYY-MM-DD (the Monday-to-Sunday week holding it), --xlsx FILE (required)  --json',
      ],
    },
    usage: {
      rosterPeriod: [
        '请用 --month YYYY-MM 或 --week YYYY-MM-DD 指定排班表的时段（只能选一个）。',
        'Give the roster’s period with --month YYYY-MM or --week YYYY-MM-DD (one of them).',
      ],
      missingXlsx: ['请用 --xlsx 文件 指定要写入的工作簿。', 'Give the workbook to write with --xlsx FILE.'],
    },
    roster: {
      written: [
        '已写入 {{file}}：{{from}} 至 {{to}}，{{staff}} 名员工。',
        'Wrote {{file}}: {{from}} to {{to}}, {{staff}} staff.',
      ],
    },
    rosterSheet: {
      monthTitle: ['{{center}} {{year}}年{{month}}月排班表', '{{center}} roster, {{period}}'],
      weekTitle: ['{{center}} 排班表（{{from}} 至 {{to}}）', '{{center}} roster, {{from}} to {{to}}'],
      sheetName: ['排班表', 'Roster'],
      name: ['姓名', 'Name'],
      post: ['岗位', 'Post'],
      shifts: ['班数', 'Shifts'],
      nights: ['夜班', 'Nights'],
      restDays: ['休息', 'Rest'],
      hours: ['工时', 'Hours'],
      weekday: {
        '1': ['一', 'Mon'],
        '2': ['二', 'Tue'],
        '3': ['三', 'Wed'],
        '4': ['四', 'Thu'],
        '5': ['五', 'Fri'],
        '6': ['六', 'Sat'],
        '7': ['日', 'Sun'],
      },
      legend: ['图例：', 'Legend:'],
      legendShift: ['{{code}} {{name}} {{start}}-{{end}}', '{{code}} {{name}} {{start}}-{{end}}'],
      legendDay: ['{{code}} {{name}}', '{{code}} {{name}}'],
      preparedBy: ['制表：{{name}}', 'Prepared by: {{name}}'],
      approvedBy: ['审核：{{name}}', 'Approved by: {{name}}'],
      printedOn: ['日期：{{date}}', 'Date: {{date}}'],
      version: [
        '第 {{version}} 版，{{publishedAt}} 发布{{change}}',
        'Version {{version}}, published {{publishedAt}}{{change}}',
      ],
      changed: ['；{{at}} 由 {{by}} 修改', '; changed on {{at}} by {{by}}'],
      notPublished: ['未发布（草稿）', 'Not published (draft)'],
    },
  },
} satisfies FeatureStrings;
