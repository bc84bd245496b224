import type { FeatureStrings } from './types';

/** Shift handovers: refusals (`errors:handovers.*`) and the lines a compiled draft writes (`domain:handoverLine.*`). */
export default {
  errors: {
    handovers: {
      unknownShift: [
        '没有班次“{{code}}”，请先在班次设置中添加。',
        'There is no shift "{{code}}": add it in the shift settings first.',
      ],
      notFound: ['找不到这份交接班记录。', 'This handover was not found.'],
      locked: [
        '这份交接班已由交班人签字，内容不能再修改；如需更正，请在双方签字后添加补充说明。',
        'The outgoing carer has signed this handover: it can no longer be changed. Once both have signed, add a signed addendum.',
      ],
      outgoingSigned: ['交班人已签字（{{name}}）。', 'The outgoing carer has already signed ({{name}}).'],
      incomingSigned: ['接班人已签字（{{name}}）。', 'The incoming carer has already signed ({{name}}).'],
      outgoingFirst: [
        '请先由交班人签字，再由接班人签字。',
        'The outgoing carer signs first, then the incoming one.',
      ],
      sameSigner: [
        '交班人和接班人不能是同一个人（{{name}}）。',
        'The outgoing and the incoming carer cannot be the same person ({{name}}).',
      ],
      notSigned: [
        '交接班尚未由双方签字，请直接修改草稿，不需要补充说明。',
        'The handover is not signed by both yet: change the draft instead of adding an addendum.',
      ],
    },
  },
  domain: {
    handoverLine: {
      death: ['{{name}} 于 {{date}} 去世', '{{name}} died on {{date}}'],
      departure: ['{{name}} 于 {{date}} 出院', '{{name}} left on {{date}}'],
      admission: ['{{name}} 于 {{date}} 新入院', '{{name}} admitted on {{date}} (new)'],
      critical: ['{{name}} 自 {{date}} 病危', '{{name}} critically ill since {{date}}'],
      incident: ['{{time}} {{name}} {{category}}：{{what}}', '{{time}} {{name}} {{category}}: {{what}}'],
      hospitalOut: ['{{name}} 于 {{date}} 住院', '{{name}} went to hospital on {{date}}'],
      leaveOut: ['{{name}} 于 {{date}} 请假外出', '{{name}} went out on leave on {{date}}'],
      back: ['{{name}} 于 {{date}} 返回', '{{name}} came back on {{date}}'],
      roundMark: [
        '{{time}} 查房 {{name}} 需关注：{{note}}',
        '{{time}} round: {{name}} needs attention: {{note}}',
      ],
      patrolFinding: [
        '{{time}} 防火巡查 {{item}}：{{finding}}；处理：{{fix}}',
        '{{time}} fire patrol, {{item}}: {{finding}}; fixed: {{fix}}',
      ],
    },
  },
} satisfies FeatureStrings;
