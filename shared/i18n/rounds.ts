import type { FeatureStrings } from './types';

/** Rounds, the round plan and fire patrols: refusals (`errors:rounds.*`). */
export default {
  errors: {
    rounds: {
      unknownArea: ['查房计划中没有区域“{{area}}”。', 'The round plan has no area "{{area}}".'],
      duplicateArea: ['区域“{{area}}”重复。', 'The area "{{area}}" appears twice.'],
      unknownBuilding: [
        '区域“{{area}}”包含的楼栋不存在。',
        'The area "{{area}}" names a building that does not exist.',
      ],
      staffRequired: [
        '请选择查房的工作人员（当前账号没有关联员工档案）。',
        'Choose who made the round: this account is not linked to a staff record.',
      ],
      staffNotFound: ['找不到这位工作人员。', 'This staff member was not found.'],
      future: [
        '{{date}} {{time}} 还没到，只能登记已经完成的查房或巡查。',
        '{{date}} {{time}} has not come yet: record rounds and patrols once made.',
      ],
      markedTwice: ['{{name}}在本次查房中登记了两次。', '{{name}} is marked twice in this round.'],
      notInArea: [
        '{{name}}在 {{date}} 不在“{{area}}”的在院名单中。',
        '{{name}} is not among the residents in the house in "{{area}}" on {{date}}.',
      ],
      patrolIncomplete: ['防火巡查还有项目未填写：{{items}}', 'Fire patrol items not answered: {{items}}'],
      findingRequired: [
        '“{{item}}”标为发现问题，请写明发现的问题。',
        '"{{item}}" is marked as a finding: describe what was found.',
      ],
    },
  },
} satisfies FeatureStrings;
