import type { FeatureStrings } from './types';

/**
 * Incidents: refusals (`errors:incidents.*`), how the family was told (`domain:notifyChannel.*`),
 * and the care-record checks of `care verify` (`cli:checks.care.*`).
 */
export default {
  errors: {
    incidents: {
      notFound: ['找不到这条意外事件记录。', 'This incident was not found.'],
      closed: ['这条意外事件已经结案，不能再修改。', 'This incident is closed and can no longer be changed.'],
      familyNotNotified: [
        '结案前须登记家属告知情况（时间、方式、告知人）。',
        'Before closing, record how the family was told (when, how and by whom).',
      ],
      notReviewed: [
        '结案前须填写原因分析和整改措施。',
        'Before closing, write the review and the corrective action.',
      ],
      personNotFound: ['找不到所涉及的老人。', 'An elder involved was not found.'],
      staffNotFound: ['找不到所填写的当班人员。', 'A staff member on duty was not found.'],
      future: [
        '{{date}} {{time}} 还没到，意外事件按实际发生时间登记。',
        '{{date}} {{time}} has not come yet: incidents are recorded when they happened.',
      ],
      notifiedBeforeIncident: [
        '告知家属的时间不能早于事件发生时间。',
        'The family cannot have been told before the incident happened.',
      ],
    },
  },
  cli: {
    checks: {
      care: {
        roundCounts: [
          '查房记录 {{id}} 的实查人数 {{checked}} 与逐人记录 {{marks}} 条不符',
          'Round {{id}} says {{checked}} checked but has {{marks}} marks',
        ],
        roundMarkedTwice: ['查房记录 {{id}} 中有老人登记了两次', 'Round {{id}} marks a resident twice'],
        handoverState: [
          '交接班记录 {{id}} 的状态“{{state}}”与签字情况不符',
          'Handover {{id}} is "{{state}}" but its signatures say otherwise',
        ],
        addendumUnsigned: [
          '交接班记录 {{id}} 未经双方签字却有补充说明',
          'Handover {{id}} has addenda without both signatures',
        ],
        incidentClosedEarly: [
          '意外事件 {{id}} 已结案，但没有家属告知或原因分析',
          'Incident {{id}} is closed without the family notification or the review',
        ],
      },
    },
  },
  domain: {
    notifyChannel: {
      phone: ['电话', 'Phone'],
      inPerson: ['当面', 'In person'],
      message: ['短信/微信', 'Text message'],
      other: ['其他', 'Other'],
      unrecorded: ['未记录', 'Not recorded'],
    },
  },
} satisfies FeatureStrings;
