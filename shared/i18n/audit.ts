import type { FeatureStrings } from './types';

/** The audit trail: the core's export (`errors:audit.*`: the workbook's headers and notes) and the viewer (`audit:*`). */
export default {
  errors: {
    audit: {
      export: {
        sheet: ['操作记录', 'Audit trail'],
        column: {
          seq: ['序号', 'No.'],
          at: ['时间', 'Time'],
          username: ['用户名', 'User name'],
          displayName: ['姓名', 'Name'],
          action: ['操作', 'Action'],
          kind: ['类别', 'Kind'],
          summary: ['摘要', 'Summary'],
          people: ['涉及老人', 'Elders concerned'],
          changes: ['改动的记录', 'Records changed'],
        },
        chainIntact: [
          '记录链完整（共检查 {{entries}} 条）。',
          'The chain is intact ({{entries}} entries checked).',
        ],
        chainBroken: [
          '记录链在 {{file}} 第 {{line}} 行断开（序号 {{seq}}）。',
          'The chain breaks in {{file}} at line {{line}} (no. {{seq}}).',
        ],
      },
    },
  },
  audit: {
    nav: ['操作记录', 'Audit trail'],
    title: ['操作记录', 'Audit trail'],
    more: ['加载更早的记录', 'More'],
    export: ['导出 Excel', 'Export to Excel'],
    exported: ['已导出 {{file}}', 'Exported {{file}}'],
    filters: {
      user: ['用户名', 'User name'],
      from: ['开始日期', 'From'],
      to: ['结束日期', 'To'],
      elder: ['老人姓名', 'Elder'],
      kind: ['类别', 'Kind of change'],
    },
    columns: {
      at: ['时间', 'When'],
      user: ['操作人', 'Who'],
      kind: ['类别', 'Kind'],
      what: ['内容', 'What'],
      people: ['涉及老人', 'Elders'],
      changes: ['改动条数', 'Records'],
    },
    kinds: {
      auth: ['登录', 'Sign-in'],
      users: ['账号', 'Accounts'],
      people: ['老人档案', 'Elders'],
      assessments: ['评估', 'Assessments'],
      staff: ['员工', 'Staff'],
      settings: ['设置', 'Settings'],
      center: ['中心信息', 'Center'],
      backups: ['备份', 'Backups'],
      exports: ['导出', 'Exports'],
      prints: ['打印', 'Prints'],
      system: ['系统', 'System'],
    },
    chain: {
      intact: [
        '记录链完整：{{entries}} 条记录，没有被改动或删除。',
        'The chain is intact: {{entries}} entries, none changed or removed.',
      ],
      broken: [
        '记录链在下面这个位置断开：此处以后的记录可能被改动或删除过。',
        'The chain breaks at the place below: entries from there on may have been changed or removed.',
      ],
      brokenAtEntry: [
        '文件 {{file}} 第 {{line}} 行（第 {{seq}} 条记录）',
        'File {{file}}, line {{line}} (entry {{seq}})',
      ],
      brokenAtLine: ['文件 {{file}} 第 {{line}} 行', 'File {{file}}, line {{line}}'],
      brokenUnknown: ['无法确定断开的位置。', 'Where it breaks could not be told.'],
    },
  },
} satisfies FeatureStrings;
