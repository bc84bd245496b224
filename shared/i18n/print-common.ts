import type { FeatureStrings } from './types';

/**
 * Words every printed page shares: print button, printed-on line, blanks, signature lines (namespace
 * `print`).
 */
export default {
  print: {
    print: ['打印', 'Print'],
    back: ['返回', 'Back'],
    notFound: ['没有找到要打印的内容', 'Nothing to print was found'],
    printedOn: ['打印日期：{{date}}', 'Printed on {{date}}'],
    labelValue: ['{{label}}：{{value}}', '{{label}}: {{value}}'],
    blank: ['—', '—'],
    yes: ['是', 'Yes'],
    no: ['否', 'No'],
    signatures: {
      filledBy: ['填表人（签字）：', 'Filled in by (signature):'],
      reviewedBy: ['审核人（签字）：', 'Reviewed by (signature):'],
      elder: ['老人或监护人（签字）：', 'Elder or guardian (signature):'],
      date: ['日期：', 'Date:'],
      assessor1: ['评估员（签字）：', 'Assessor (signature):'],
      assessor2: ['评估员（签字）：', 'Assessor (signature):'],
      informant: ['信息提供者（签字）：', 'Informant (signature):'],
    },
  },
} satisfies FeatureStrings;
