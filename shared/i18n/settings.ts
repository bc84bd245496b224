import type { FeatureStrings } from './types';

/**
 * The Settings page: language, data folder, care rules (namespace `settings`).
 */
export default {
  settings: {
    title: ['设置', 'Settings'],
    language: {
      title: ['界面语言', 'Language'],
      help: [
        '选择“跟随系统”时，会按照电脑的语言设置显示。',
        '"Same as system" follows the language setting of this computer.',
      ],
      changed: ['界面语言已切换', 'Language changed'],
    },
    dataFolder: {
      title: ['数据文件夹', 'Data folder'],
      help: [
        '所有数据都保存在这台电脑的这个文件夹里。请定期把备份复制到 U 盘等其他地方保存。',
        'All data is kept in this folder on this computer. Copy the backups to a USB stick or another place regularly.',
      ],
    },
    center: {
      title: ['中心信息', 'Center profile'],
    },
    rules: {
      title: ['村庄、复评与备份', 'Villages, reassessment and backups'],
      villages: ['本乡镇的村', 'Villages of the township'],
      villagesHelp: [
        '导入名单时会核对“所在村”；输入村名后按回车，或用逗号、顿号分隔一次输入多个。',
        'Imports check the village column against this list. Press Enter after a name, or separate several with commas.',
      ],
      villagesPlaceholder: ['例如：青山村、柳塘村', 'e.g. Qingshan, Liutang'],
      reassessment: ['能力复评间隔', 'Ability reassessment interval'],
      reassessmentHelp: [
        '距上次能力评估超过这个时间，老人会列入“待复评”（默认 12 个月）。',
        'Elders whose last ability assessment is older than this are listed as due (default 12 months).',
      ],
      riskReassessment: ['风险复评间隔', 'Risk reassessment interval'],
      riskReassessmentHelp: [
        '安全风险评估的复评间隔（默认 6 个月）。',
        'How often the safety-risk assessment is repeated (default 6 months).',
      ],
      keepLast: ['保留最近的备份', 'Keep the latest backups'],
      keepLastHelp: [
        '无论何时做的，最近这么多份都保留。',
        'This many of the newest backups are always kept.',
      ],
      dailyDays: ['每天保留一份，保留天数', 'One a day, for days'],
      dailyDaysHelp: [
        '这些天里，每天最新的一份备份保留。',
        'For this many days, the newest backup of each day is kept.',
      ],
      monthlyMonths: ['每月保留一份，保留月数', 'One a month, for months'],
      monthlyMonthsHelp: [
        '这些月里，每月最新的一份备份保留。',
        'For this many months, the newest backup of each month is kept.',
      ],
      months: ['个月', 'months'],
      days: ['天', 'days'],
      copies: ['份', 'copies'],
      withRange: ['{{help}}（可填 {{min}}–{{max}}）', '{{help}} (from {{min}} to {{max}})'],
      save: ['保存', 'Save'],
      saved: ['设置已保存', 'Settings saved'],
    },
  },
} satisfies FeatureStrings;
