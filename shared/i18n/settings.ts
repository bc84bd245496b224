import type { Catalogue } from './types';

/** The Settings page. */
const catalogue: Catalogue = {
  'zh-CN': {
    title: '设置',
    language: {
      title: '界面语言',
      help: '选择“跟随系统”时，会按照电脑的语言设置显示。',
      changed: '界面语言已切换',
    },
    dataFolder: {
      title: '数据文件夹',
      help: '所有数据都保存在这台电脑的这个文件夹里。请定期把备份复制到 U 盘等其他地方保存。',
    },
    center: {
      title: '中心信息',
    },
    backups: {
      title: '数据备份',
      help: '软件会自动保留最近的备份。重要操作前，也可以手动备份一次。',
      createNow: '立即备份',
      creating: '正在备份…',
      created: '备份已完成',
      empty: '还没有备份',
      columns: {
        createdAt: '备份时间',
        reason: '原因',
        size: '大小',
        actions: '操作',
      },
      reason: {
        manual: '手动备份',
        start: '启动时自动备份',
        daily: '每日自动备份',
        'before-migration': '升级数据前自动备份',
        'before-restore': '恢复前自动保存',
        unknown: '其他',
      },
      restore: '恢复',
      restoring: '正在恢复…',
      restored: '已从备份恢复数据',
      confirm: {
        title: '确定要从这份备份恢复数据吗？',
        body: '将恢复到 {{time}} 的数据。恢复前，当前的数据会先自动另存为一份备份，如有需要还可以再恢复回来。',
        ok: '恢复',
      },
    },
  },
  en: {
    title: 'Settings',
    language: {
      title: 'Language',
      help: '"Same as system" follows the language setting of this computer.',
      changed: 'Language changed',
    },
    dataFolder: {
      title: 'Data folder',
      help: 'All data is kept in this folder on this computer. Copy the backups to a USB stick or another place regularly.',
    },
    center: {
      title: 'Center profile',
    },
    backups: {
      title: 'Backups',
      help: 'Recent backups are kept automatically. You can also make one yourself before an important change.',
      createNow: 'Make a backup now',
      creating: 'Making a backup…',
      created: 'Backup done',
      empty: 'No backups yet',
      columns: {
        createdAt: 'Made at',
        reason: 'Reason',
        size: 'Size',
        actions: 'Actions',
      },
      reason: {
        manual: 'Made by hand',
        start: 'At start-up',
        daily: 'Daily',
        'before-migration': 'Before a data upgrade',
        'before-restore': 'Saved before a restore',
        unknown: 'Other',
      },
      restore: 'Restore',
      restoring: 'Restoring…',
      restored: 'The data was restored from the backup',
      confirm: {
        title: 'Restore the data from this backup?',
        body: 'The data will go back to how it was at {{time}}. The current data is first saved as a backup, so you can return to it if needed.',
        ok: 'Restore',
      },
    },
  },
};
export default catalogue;
