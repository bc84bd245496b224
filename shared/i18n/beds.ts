import type { FeatureStrings } from './types';

/**
 * Beds and stays (`errors:beds.*`, `errors:validation.bed.*`) and the `care occupancy`
 * command with the residence checks of `care verify` (`cli:occupancy.*`, `cli:checks.*`).
 */
export default {
  errors: {
    validation: {
      bed: {
        closuresOverlap: ['同一床位的停用时段不能重叠', 'Closures of one bed cannot overlap'],
      },
    },
    beds: {
      bedNotFound: ['找不到这张床位。', 'This bed was not found.'],
      roomNotFound: ['找不到这个房间。', 'This room was not found.'],
      leaveNotFound: ['找不到这条请假/住院记录。', 'This leave or hospital record was not found.'],
      markNotFound: [
        '找不到这条尚未解除的病危记录。',
        'No critical-illness mark still open was found with this id.',
      ],
      referralNotFound: ['找不到这位老人的这条转介记录。', 'This referral of the elder was not found.'],
      roomExists: [
        '{{building}}已有房间“{{room}}”，没有重复创建。',
        '{{building}} already has a room "{{room}}"; nothing was created.',
      ],
      roomSexMismatch: [
        '{{room}}房间只住同一性别的老人，{{bed}}床不能安排给这位老人。',
        'Room {{room}} is kept for the other sex: bed {{bed}} cannot be given to this elder.',
      ],
      future: [
        '日期 {{date}} 在今天之后：入住、转床、请假、出院只按实际发生的日期登记。',
        '{{date}} is after today: admissions, moves, leave and discharges are recorded on the day they happen.',
      ],
      careEnded: [
        '{{name}}已于 {{date}} 去世或迁出，不能再办理入住。',
        '{{name}} died or moved away on {{date}} and cannot be admitted.',
      ],
      emergencyContactUnconfirmed: [
        '请先与紧急联系人确认联系方式，并勾选“已确认紧急联系人”。',
        'Confirm the emergency contact first and tick "emergency contact confirmed".',
      ],
      assessmentsTooOld: [
        '入住前需要 {{days}} 天内的能力评估和安全风险评估；没有时，须由管理人员填写原因后破例办理。',
        'Admission needs an ability and a safety-risk assessment from the last {{days}} days; without them a manager must give a reason to admit anyway.',
      ],
      notResident: [
        '{{name}}在 {{date}} 不在院（不在册），不能办理此项。',
        '{{name}} is not in the register on {{date}}; this cannot be recorded.',
      ],
      noBed: ['{{name}}在 {{date}} 没有床位。', '{{name}} has no bed on {{date}}.'],
      laterMove: [
        '{{name}}在 {{date}} 已有一次转床记录，只能从最新的床位转出。',
        '{{name}} already moved bed on {{date}}: a move starts from the latest bed only.',
      ],
      sameBed: ['老人已经住在这张床位上。', 'The elder already sleeps in this bed.'],
      dischargeBeforeAdmission: [
        '出院日期不能早于入住日期 {{date}}。',
        'The discharge date cannot be before the admission on {{date}}.',
      ],
      alreadyAway: [
        '{{name}}自 {{date}} 起请假/住院尚未返回，请先登记返回。',
        '{{name}} has been away since {{date}} and is not back yet: record the return first.',
      ],
      alreadyBack: ['{{name}}已于 {{date}} 返回。', '{{name}} already came back on {{date}}.'],
      backBeforeOut: ['日期不能早于开始日期 {{date}}。', 'The date cannot be before the start on {{date}}.'],
      alreadyCritical: [
        '{{name}}自 {{date}} 起已标记病危。',
        '{{name}} has been marked critically ill since {{date}}.',
      ],
      beforeInService: ['{{bed}}床自 {{date}} 起才启用。', 'Bed {{bed}} is in service only from {{date}}.'],
      alreadyClosed: [
        '{{bed}}床在 {{date}} 起已有停用记录，时段不能重叠。',
        'Bed {{bed}} is already closed from {{date}}; closures cannot overlap.',
      ],
      notClosed: [
        '{{bed}}床在 {{date}} 前一天并未停用。',
        'Bed {{bed}} was not closed the day before {{date}}.',
      ],
      conflict: {
        bedDoubleBooked: [
          '{{bed}}床在 {{date}} 已由{{other}}使用，不能同时安排给{{name}}。',
          'Bed {{bed}} is held by {{other}} on {{date}}; it cannot also be given to {{name}}.',
        ],
        staysOverlap: [
          '{{name}}在 {{date}} 已有一段在院记录，同一人的入住时段不能重叠。',
          '{{name}} is already in a stay on {{date}}; stays of one person cannot overlap.',
        ],
        personTwoBeds: [
          '{{name}}在 {{date}} 已有床位，同一天不能占两张床。',
          '{{name}} already has a bed on {{date}}; nobody holds two beds on one day.',
        ],
        assignmentOutsideStay: [
          '{{name}}自 {{date}} 的床位安排不在其在院期间内。',
          'The bed of {{name}} from {{date}} lies outside their stay.',
        ],
        leaveOutsideStay: [
          '{{name}}自 {{date}} 的请假/住院不在其在院期间内。',
          'The leave of {{name}} from {{date}} lies outside their stay.',
        ],
        leavesOverlap: [
          '{{name}}在 {{date}} 已在请假或住院中，时段不能重叠。',
          '{{name}} is already away on {{date}}; leaves cannot overlap.',
        ],
        bedClosed: [
          '{{bed}}床在 {{date}} 处于停用状态，不能安排老人。',
          'Bed {{bed}} is closed on {{date}} and cannot be given to anybody.',
        ],
        bedNotInService: [
          '{{bed}}床在 {{date}} 尚未启用。',
          'Bed {{bed}} is not yet in service on {{date}}.',
        ],
        afterDeath: [
          '{{name}}已于 {{deathDate}} 去世，{{date}} 之后不能再有在院、床位、请假或病危记录。',
          '{{name}} died on {{deathDate}}: no stay, bed, leave or critical mark may run after it ({{date}}).',
        ],
      },
    },
  },
  cli: {
    help: {
      occupancy: [
        'occupancy        按在册规则列出某一天每张有人的床位  --at YYYY-MM-DD（必填）  --json',
        'occupancy        every occupied bed on a day, by the census rule  --at YYYY-MM-DD (required)  --json',
      ],
    },
    usage: {
      missingAt: ['请用 --at YYYY-MM-DD 指定日期。', 'Give the day with --at YYYY-MM-DD.'],
    },
    occupancy: {
      title: ['{{date}} 床位占用（日终在册）：', 'Occupied beds on {{date}} (census at the end of the day):'],
      line: [
        '  {{building}} {{room}} {{bed}}床  {{name}}  {{status}}',
        '  {{building}} {{room}} bed {{bed}}  {{name}}  {{status}}',
      ],
      status: {
        inHouse: ['在院', 'in house'],
        leave: ['请假', 'on leave'],
        hospital: ['住院', 'in hospital'],
      },
      none: ['这一天没有床位有人。', 'No bed was occupied on that day.'],
      total: [
        '合计 {{total}} 人在册：在院 {{inHouse}}，请假 {{leave}}，住院 {{hospital}}。',
        'Total {{total}} in the register: {{inHouse}} in house, {{leave}} on leave, {{hospital}} in hospital.',
      ],
    },
    checks: {
      residence: {
        bedDoubleBooked: [
          '{{bed}}床在 {{date}} 同时分配给两位老人（{{id}} 与 {{other}}）',
          'Bed {{bed}} is held by two residents on {{date}} ({{id}} and {{other}})',
        ],
        staysOverlap: [
          '老人 {{ref}} 的两段在院记录在 {{date}} 重叠（{{id}} 与 {{other}}）',
          'Two stays of person {{ref}} overlap on {{date}} ({{id}} and {{other}})',
        ],
        personTwoBeds: [
          '老人 {{ref}} 在 {{date}} 同时占两张床位（{{id}} 与 {{other}}）',
          'Person {{ref}} holds two beds on {{date}} ({{id}} and {{other}})',
        ],
        assignmentOutsideStay: [
          '老人 {{ref}} 自 {{date}} 的床位分配 {{id}} 不在在院期间内',
          'Bed assignment {{id}} of person {{ref}} from {{date}} lies outside their stay',
        ],
        leaveOutsideStay: [
          '老人 {{ref}} 自 {{date}} 的请假/住院 {{id}} 不在在院期间内',
          'Leave {{id}} of person {{ref}} from {{date}} lies outside their stay',
        ],
        leavesOverlap: [
          '老人 {{ref}} 的两次请假/住院在 {{date}} 重叠（{{id}} 与 {{other}}）',
          'Two leaves of person {{ref}} overlap on {{date}} ({{id}} and {{other}})',
        ],
        bedClosed: [
          '{{bed}}床在 {{date}} 停用期间仍安排了老人（{{id}}）',
          'Bed {{bed}} is given to a resident on {{date}} while closed ({{id}})',
        ],
        bedNotInService: [
          '{{bed}}床在启用前的 {{date}} 安排了老人（{{id}}）',
          'Bed {{bed}} is given to a resident on {{date}}, before it is in service ({{id}})',
        ],
        afterDeath: [
          '老人 {{ref}} 去世后（{{date}}）仍有在院、床位、请假或病危记录 {{id}}',
          'Person {{ref}} has a stay, bed, leave or critical mark {{id}} running after death ({{date}})',
        ],
      },
    },
  },
} satisfies FeatureStrings;
