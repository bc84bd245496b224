import type { FeatureStrings } from './types';

/** The audit trail exported by the core (`errors:audit.*`: the workbook's headers and notes). */
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
} satisfies FeatureStrings;
