import type { FeatureStrings } from './types';

/**
 * The handover screens (`handovers:*`): the list with today's shifts, the
 * compiled draft as staff write it, the two signatures and addenda, and the
 * 交接班记录 on paper. The core's refusals and compiled lines live in
 * handovers.ts under `errors` and `domain`.
 */
export default {
  handovers: {
    nav: { list: ['交接班', 'Handovers'] },
    state: {
      draft: ['草稿', 'Draft'],
      outgoingSigned: ['交班人已签', 'Outgoing signed'],
      signed: ['已签字', 'Signed'],
      notStarted: ['未开始', 'Not started'],
    },
    area: { whole: ['全院', 'Whole center'] },
    shiftName: ['{{name}}（{{code}}）', '{{name}} ({{code}})'],
    list: {
      title: ['交接班记录', 'Handovers'],
      from: ['从', 'From'],
      to: ['到', 'To'],
      range: ['日期范围', 'Dates'],
      empty: [
        '这段时间没有交接班记录。请在上方“今天的班次”中打开一个班次，整理并保存交接班。',
        'No handovers in these dates. Open a shift under "Today\'s shifts" above to compile and save its handover.',
      ],
      columns: {
        date: ['日期', 'Date'],
        shift: ['班次', 'Shift'],
        area: ['区域', 'Area'],
        state: ['状态', 'State'],
        signedBy: ['签字人', 'Signed by'],
      },
      signedBy: ['交班：{{outgoing}}；接班：{{incoming}}', 'Out: {{outgoing}}; in: {{incoming}}'],
      nobody: ['—', '—'],
    },
    today: {
      title: ['今天的班次', "Today's shifts"],
      noShifts: [
        '还没有班次。请先在“员工 › 班次设置”中添加班次（如白班、夜班）。',
        'There are no shifts yet. Add them first under Staff › Shifts (a day shift, a night shift).',
      ],
      time: ['{{start}}–{{end}}', '{{start}}–{{end}}'],
      nextDay: ['{{start}}–次日{{end}}', '{{start}}–{{end}} next day'],
      compile: ['整理交接班', 'Compile handover'],
      continue: ['继续交接班', 'Continue handover'],
      view: ['查看交接班', 'View handover'],
    },
    shift: {
      title: ['交接班：{{date}} {{shift}}', 'Handover: {{date}} {{shift}}'],
      areaTitle: ['交接班：{{date}} {{shift}} {{area}}', 'Handover: {{date}} {{shift}}, {{area}}'],
      window: ['班次时间：{{from}} 至 {{until}}', 'Shift: {{from}} to {{until}}'],
      missing: [
        '地址中缺少日期或班次。请从交接班列表打开一个班次。',
        'The address lacks a date or a shift. Open a shift from the handover list.',
      ],
      back: ['返回交接班列表', 'Back to the handovers'],
      compiledNote: [
        '以下内容由本班次的记录自动整理，可以修改、增加或删除。保存草稿后才能签字。',
        "Compiled from the shift's records: change, add or remove lines. Save the draft before signing.",
      ],
      savedNote: [
        '草稿已保存，可以继续修改，直到交班人签字。',
        'Draft saved; it can change until the outgoing carer signs.',
      ],
      unsaved: [
        '有未保存的修改，请先保存草稿（Ctrl+S），再签字。',
        'There are unsaved changes: save the draft (Ctrl+S) before signing.',
      ],
      saveDraft: ['保存草稿', 'Save draft'],
      saved: ['交接班草稿已保存。', 'Handover draft saved.'],
      lockedNote: [
        '交班人已签字，内容已锁定，等待接班人签字。',
        'The outgoing carer has signed: the handover is locked until the incoming carer signs.',
      ],
      signedNote: [
        '双方已签字，交接班已锁定。如需更正，请添加补充说明。',
        'Both have signed: the handover is locked. Corrections go in an addendum.',
      ],
      print: ['打印', 'Print'],
    },
    counts: {
      title: ['人数', 'Residents'],
      total: ['总人数', 'Total'],
      inHouse: ['在院', 'In the house'],
      onLeave: ['请假', 'On leave'],
      inHospital: ['住院', 'In hospital'],
    },
    sections: {
      departures: ['一、出院、死亡', '1. Departures and deaths'],
      admissions: ['二、新入院', '2. Admissions'],
      critical: ['三、病危', '3. Critically ill'],
      events: ['四、特殊情况', '4. Special situations'],
      leave: ['五、请假外出、住院及返回', '5. Leave out and back'],
      roundFindings: ['六、巡查发现', '6. Round findings'],
    },
    item: {
      line: ['{{section}} 第{{n}}条', '{{section}}, line {{n}}'],
      bed: ['床位', 'Bed'],
      repeated: ['新入院（连续三天交班）', 'New (repeated for three days)'],
      add: ['增加一条', 'Add a line'],
      remove: ['删除这一条', 'Remove this line'],
      none: ['无（0）', 'None (0)'],
    },
    sign: {
      title: ['签字', 'Signatures'],
      outgoing: ['交班人', 'Outgoing carer'],
      incoming: ['接班人', 'Incoming carer'],
      outgoingHint: [
        '交班人用自己的用户名和密码签字。',
        'The outgoing carer signs with their own user name and password.',
      ],
      incomingHint: [
        '接班人用自己的用户名和密码签字（不能与交班人是同一人）。',
        'The incoming carer signs with their own user name and password (not the outgoing carer).',
      ],
      username: ['用户名', 'User name'],
      password: ['密码', 'Password'],
      signOutgoing: ['交班人签字', 'Sign as outgoing'],
      signIncoming: ['接班人签字', 'Sign as incoming'],
      confirmTitle: ['确认签字？', 'Sign the handover?'],
      confirmOutgoing: [
        '交班人签字后，这份交接班即被锁定，内容不能再修改。',
        'Once the outgoing carer signs, this handover is locked and can no longer be changed.',
      ],
      confirmIncoming: [
        '接班人签字后，交接班完成并锁定，之后只能添加补充说明。',
        'Once the incoming carer signs, the handover is complete and locked; afterwards only addenda can be added.',
      ],
      confirmOk: ['签字', 'Sign'],
      signedOutgoing: ['交班人已签字。', 'Signed by the outgoing carer.'],
      signedIncoming: ['接班人已签字，交接班完成。', 'Signed by the incoming carer: handover complete.'],
      signedAt: ['{{name}}，{{at}}', '{{name}}, {{at}}'],
      notYet: ['未签字', 'Not signed'],
    },
    addendum: {
      title: ['补充说明', 'Addenda'],
      none: ['没有补充说明。', 'No addenda.'],
      add: ['添加补充说明', 'Add an addendum'],
      text: ['补充内容', 'Addendum'],
      save: ['签字并添加', 'Sign and add'],
      saved: ['补充说明已添加。', 'Addendum added.'],
      by: ['{{name}}，{{at}}', '{{name}}, {{at}}'],
      hint: [
        '补充说明由填写人用自己的用户名和密码签字。',
        'Whoever writes the addendum signs it with their own user name and password.',
      ],
    },
    view: {
      notFound: ['找不到这份交接班记录。', 'This handover was not found.'],
      back: ['返回交接班列表', 'Back to the handovers'],
      edit: ['打开交接班', 'Open the handover'],
    },
    print: {
      title: ['交接班记录', 'Shift handover record'],
      date: ['日期', 'Date'],
      shift: ['班次', 'Shift'],
      area: ['区域', 'Area'],
      outgoing: ['交班人签字', 'Outgoing carer'],
      incoming: ['接班人签字', 'Incoming carer'],
      signedAt: ['签字时间', 'Signed at'],
      addenda: ['补充说明', 'Addenda'],
      addendumSigner: ['签字：{{name}}　{{at}}', 'Signed: {{name}}, {{at}}'],
      repeated: ['（连续交班）', '(repeated)'],
      none: ['无', 'None'],
      notFound: ['找不到这份交接班记录。', 'This handover was not found.'],
    },
  },
} satisfies FeatureStrings;
