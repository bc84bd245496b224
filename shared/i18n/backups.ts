import type { FeatureStrings } from './types';

/**
 * The backups card of the Settings page (namespace `settings`, key `backups`).
 */
export default {
  settings: {
    backups: {
      title: ['数据备份', 'Backups'],
      help: [
        '软件会自动保留最近的备份。重要操作前，也可以手动备份一次。',
        'Recent backups are kept automatically. You can also make one yourself before an important change.',
      ],
      createNow: ['立即备份', 'Make a backup now'],
      creating: ['正在备份…', 'Making a backup…'],
      created: ['备份已完成', 'Backup done'],
      empty: ['还没有备份', 'No backups yet'],
      columns: {
        createdAt: ['备份时间', 'Made at'],
        reason: ['原因', 'Reason'],
        size: ['大小', 'Size'],
        actions: ['操作', 'Actions'],
      },
      reason: {
        manual: ['手动备份', 'Made by hand'],
        start: ['启动时自动备份', 'At start-up'],
        daily: ['每日自动备份', 'Daily'],
        'before-migration': ['升级数据前自动备份', 'Before a data upgrade'],
        'before-restore': ['恢复前自动保存', 'Saved before a restore'],
        unknown: ['其他', 'Other'],
      },
      restore: ['恢复', 'Restore'],
      restoring: ['正在恢复…', 'Restoring…'],
      restored: ['已从备份恢复数据', 'The data was restored from the backup'],
      confirm: {
        title: ['确定要从这份备份恢复数据吗？', 'Restore the data from this backup?'],
        body: [
          '将恢复到 {{time}} 的数据。恢复前，当前的数据会先自动另存为一份备份，如有需要还可以再恢复回来。',
          'The data will go back to how it was at {{time}}. The current data is first saved as a backup, so you can return to it if needed.',
        ],
        ok: ['恢复', 'Restore'],
      },
    },
  },
} satisfies FeatureStrings;
