import type { FeatureStrings } from './types';

/**
 * The backups card of the Settings page (namespace `settings`, key `backups`), and the refusals
 * of a backup file brought in from outside or copied out (`errors:backups.*`).
 */
export default {
  settings: {
    backups: {
      title: ['数据备份', 'Backups'],
      help: [
        '软件会自动保留最近的备份。重要操作前，也可以手动备份一次。请定期把一份备份复制到U 盘等其他地方保存；电脑坏了或换了电脑，可以从这样的文件恢复。',
        'Recent backups are kept automatically. You can also make one yourself before an important change. Copy a backup to a USB stick or another place regularly; if this computer fails or is replaced, you can restore from such a file.',
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
      copyTo: ['复制到…', 'Copy to…'],
      copyToHint: [
        '把这份备份另存到U 盘或其他位置',
        'Save a copy of this backup on a USB stick or elsewhere',
      ],
      copying: ['正在复制并核对…', 'Copying and checking…'],
      copied: ['备份已复制到 {{path}}，并已核对无误', 'The backup was copied to {{path}} and checked'],
      download: ['下载', 'Download'],
      downloadHint: ['下载这份备份，再存到U 盘', 'Download this backup, then keep it on a USB stick'],
      restoreFromFile: ['从文件恢复…', 'Restore from a file…'],
      checkingFile: ['正在检查备份文件…', 'Checking the backup file…'],
      fileConfirm: {
        title: ['确定要从这个备份文件恢复数据吗？', 'Restore the data from this backup file?'],
        file: ['文件：{{file}}（{{size}}）', 'File: {{file}} ({{size}})'],
        createdAt: ['备份时间：{{time}}', 'Made at: {{time}}'],
        center: ['机构：{{name}}', 'Center: {{name}}'],
        noCenter: ['机构：（尚未填写）', 'Center: (not set up yet)'],
        counts: [
          '老人 {{people}} 位，评估 {{assessments}} 份，照片 {{photos}} 张',
          '{{people}} elders, {{assessments}} assessments, {{photos}} photos',
        ],
        body: [
          '当前的数据将被这份备份替换。恢复前，当前的数据会先自动另存为一份备份，如有需要还可以再恢复回来。',
          'The current data will be replaced by this backup. It is first saved as a backup, so you can return to it if needed.',
        ],
      },
      dialog: {
        copyTitle: ['把备份复制到…', 'Copy the backup to…'],
        openTitle: ['选择要恢复的备份文件', 'Choose the backup file to restore'],
        filterName: ['乡镇养老服务中心备份', 'Township Care backup'],
      },
    },
  },
  errors: {
    backups: {
      file: {
        tooLarge: [
          '这个文件太大（超过 {{max}}），不是本软件的备份。数据没有任何改动。',
          'This file is too large (over {{max}}) to be a backup of this app. Nothing was changed.',
        ],
        notBackup: [
          '{{file}} 不是本软件的备份文件。数据没有任何改动。',
          '{{file}} is not a backup of this app. Nothing was changed.',
        ],
        damaged: [
          '备份文件 {{file}} 已损坏（{{detail}}），不能用来恢复。数据没有任何改动；请换一份备份。',
          'The backup file {{file}} is damaged ({{detail}}) and cannot be restored. Nothing was changed; try another backup.',
        ],
        tooNew: [
          '备份文件 {{file}} 来自更新版本的软件，请先升级本软件再恢复。数据没有任何改动。',
          'The backup file {{file}} comes from a newer version of the app. Upgrade the app before restoring it. Nothing was changed.',
        ],
        diskFull: [
          '数据所在的磁盘空间不足，放不下这个备份文件。请清理磁盘后重试。数据没有任何改动。',
          'The disk holding the data has no room for this backup file. Free some disk space and try again. Nothing was changed.',
        ],
        stagedGone: [
          '这个备份文件已不在待恢复状态（可能软件重新启动过）。请重新选择文件。',
          'This backup file is no longer waiting to be restored (the app may have restarted). Choose the file again.',
        ],
        noDialog: [
          '这里不能打开文件对话框，请用下载和上传。',
          'No file dialog is available here; use download and upload instead.',
        ],
        uploadFailed: [
          '备份文件没有传完，数据没有任何改动。请重试。',
          'The backup file did not arrive in full. Nothing was changed; try again.',
        ],
      },
      copy: {
        diskFull: [
          '目标位置空间不足，{{file}} 没有复制成功。请换一个U 盘或清理空间后重试。',
          'There is no room for {{file}} there, so it was not copied. Use another USB stick or free some space, then try again.',
        ],
        notWritable: [
          '不能写入所选位置，{{file}} 没有复制成功。U 盘可能被写保护，或没有权限。',
          'The chosen place cannot be written, so {{file}} was not copied. The USB stick may be write-protected, or permission is missing.',
        ],
        failed: [
          '复制 {{file}} 时出错（{{errno}}），没有复制成功。请检查U 盘后重试。',
          'Copying {{file}} failed ({{errno}}). Check the USB stick and try again.',
        ],
        unreadable: [
          '复制后的 {{file}} 读回核对不一致，已把它删除。U 盘可能有问题，请换一个再试。',
          'The copy of {{file}} did not read back correctly and was deleted. The USB stick may be faulty; try another one.',
        ],
      },
    },
  },
} satisfies FeatureStrings;
