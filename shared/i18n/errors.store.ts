import type { Catalogue } from './types';

/** Messages for the codes the local database throws (`store.*`) and the problems verify reports. */
const catalogue: Catalogue = {
  'zh-CN': {
    store: {
      diskFull: '磁盘空间不足，本次修改未保存。请清理磁盘后重试。（文件：{{file}}）',
      permissionDenied:
        '没有权限写入数据文件 {{file}}，本次修改未保存。请检查文件夹权限，或关闭正在占用该文件的程序后重试。',
      ioError:
        '读写数据文件 {{file}} 时出错（{{errno}}），本次修改未保存。请稍后重试；如果反复出现，请检查磁盘。',
      readOnly: '数据目前是只读状态，不能修改。请先处理提示中的问题（例如从备份恢复）。',
      rollbackFailed:
        '保存失败，而且未能撤回写了一半的内容（文件：{{file}}）。为保护数据，已切换为只读。请重新启动程序，系统会自动检查并修复。',
      locked:
        '数据正被另一个程序使用（电脑：{{host}}，进程号：{{pid}}，开始于 {{since}}）。请先关闭那个窗口再打开。',
      closed: '数据库已关闭，请重新打开程序。',
      migrationMissing: '无法把数据升级到新版本（缺少第 {{version}} 版的升级步骤）。请安装完整的新版程序。',
      unknownCollection: '程序内部错误：不存在名为 {{name}} 的数据类别。',
      badPeriod: '程序内部错误：月份 {{period}} 格式不对，应为 年-月（如 2026-11）。',
      wrongPeriod: '程序内部错误：这条记录的日期属于 {{expected}}，不能存入 {{period}} 月份的文件。',
      recordNotFound: '找不到要作废的记录（{{collection}}：{{id}}）。它可能已被他人修改，请刷新后重试。',
      alreadyVoided: '这条记录已经作废过了，不能重复作废。',
      cannotUnvoid: '已作废的记录不能恢复或更改作废信息。如需更正，请新建一条记录。',
      badBackup: '备份文件 {{file}} 已损坏或不是本系统的备份（{{detail}}），未做任何恢复。',
      backupNotFound: '找不到备份文件 {{file}}。',
      backupTooNew: '备份文件 {{file}} 来自更新版本的程序，请先升级程序再恢复。',
      badBackupReason: '程序内部错误：未知的备份类型 {{reason}}。',
      restoreIncomplete:
        '恢复备份时，替换数据文件的过程中出错（{{cause}}），恢复没有完成。为防止在新旧混杂的数据上继续修改，已切换为只读。请关闭并重新打开程序，系统会自动完成恢复。',
      readOnlyBackup:
        '数据目前是只读状态（有文件损坏或缺失），此时做的备份不完整，无法用来恢复，所以没有备份。请先从以前的备份恢复。',
      readOnlyReason: {
        quarantined: '有数据文件损坏，已移到 quarantine（隔离）文件夹，数据以只读方式打开。',
        newerVersion: '数据来自更新版本的程序，当前程序无法修改。请升级程序。',
        auditBroken: '操作记录（审计日志）不完整或被改动过，数据以只读方式打开。',
        missingData: '有数据文件不见了，数据以只读方式打开。请从备份恢复。',
        rollbackFailed: '上次保存失败且未能撤回，已切换为只读。请重新启动程序。',
        restoreIncomplete: '备份恢复到一半时出错，已切换为只读。请重新启动程序，系统会自动完成恢复。',
      },
      problem: {
        empty: '文件 {{file}} 是空的。',
        unparsable: '文件 {{file}} 内容损坏，无法读取。',
        invalid: '文件 {{file}} 的内容不符合要求。',
        newerVersion: '文件 {{file}} 来自更新版本的程序。',
        missing: '文件 {{file}} 不见了。',
        brokenChain: '操作记录 {{file}} 的校验链断了。',
        appliedAhead: '操作记录 {{file}} 少了最后几条。',
        migrationFailed: '文件 {{file}} 无法升级到新版本。',
        writeFailed: '文件 {{file}} 写入失败。',
      },
      verify: {
        empty: '文件 {{file}} 是空的。',
        unparsable: '文件 {{file}} 内容损坏，无法读取。',
        invalid: '文件 {{file}} 的内容不符合要求：{{detail}}',
        newerVersion: '文件 {{file}} 来自更新版本的程序（第 {{version}} 版）。',
        needsMigration: '文件 {{file}} 还是旧版本（第 {{version}} 版），打开程序时会自动升级。',
        missing: '文件 {{file}} 不见了，但操作记录显示它曾被写入。',
        brokenChain: '操作记录 {{file}} 从第 {{seq}} 条起校验不通过（{{detail}}），可能被改动或删除过。',
        appliedAhead: '文件 {{file}} 记录的修改序号 {{appliedSeq}} 超过了操作记录的最后一条 {{lastSeq}}。',
        tornTail: '操作记录 {{file}} 最后一行不完整（上次可能异常退出），下次打开时会自动处理。',
      },
    },
  },
  en: {
    store: {
      diskFull:
        'The disk is full, so this change was not saved. Free some disk space and try again. (File: {{file}})',
      permissionDenied:
        'No permission to write the data file {{file}}, so this change was not saved. Check the folder permissions or close any program using the file, then try again.',
      ioError:
        'Reading or writing the data file {{file}} failed ({{errno}}), so this change was not saved. Try again later; if it keeps happening, check the disk.',
      readOnly:
        'The data is open read-only and cannot be changed. Deal with the reported problem first (for example, restore a backup).',
      rollbackFailed:
        'Saving failed and the half-written change could not be undone (file: {{file}}). To protect the data the app switched to read-only. Restart the app; it will check and repair the data.',
      locked:
        'The data is in use by another program (computer: {{host}}, process {{pid}}, since {{since}}). Close that window first.',
      closed: 'The database is closed. Restart the app.',
      migrationMissing:
        'The data cannot be upgraded (the step to version {{version}} is missing). Install the complete new version.',
      unknownCollection: 'Internal error: there is no data collection named {{name}}.',
      badPeriod: 'Internal error: month {{period}} is not in YYYY-MM form (e.g. 2026-11).',
      wrongPeriod:
        'Internal error: this record is dated in {{expected}} and cannot be filed under {{period}}.',
      recordNotFound:
        'The record to void was not found ({{collection}}: {{id}}). Someone may have changed it; refresh and try again.',
      alreadyVoided: 'This record has already been voided.',
      cannotUnvoid:
        'A voided record cannot be restored or have its void details changed. Create a new record to correct it.',
      badBackup:
        'The backup file {{file}} is damaged or not a backup of this app ({{detail}}). Nothing was restored.',
      backupNotFound: 'Backup file {{file}} was not found.',
      backupTooNew:
        'The backup file {{file}} comes from a newer version of the app. Upgrade before restoring it.',
      badBackupReason: 'Internal error: unknown backup type {{reason}}.',
      restoreIncomplete:
        'Replacing the data files failed half-way through the restore ({{cause}}), so the restore is not finished. To keep anyone from changing a mix of old and new data, the app switched to read-only. Close and reopen the app; it will finish the restore.',
      readOnlyBackup:
        'The data is read-only (a file is damaged or missing). A backup now would be incomplete and could not be restored, so none was made. Restore an earlier backup first.',
      readOnlyReason: {
        quarantined: 'A damaged data file was moved to the quarantine folder; the data is open read-only.',
        newerVersion:
          'The data comes from a newer version of the app and cannot be changed here. Upgrade the app.',
        auditBroken: 'The change log (audit log) is incomplete or was altered; the data is open read-only.',
        missingData: 'A data file is missing; the data is open read-only. Restore a backup.',
        rollbackFailed:
          'The last save failed and could not be undone; switched to read-only. Restart the app.',
        restoreIncomplete:
          'A restore failed half-way; switched to read-only. Restart the app and it will finish the restore.',
      },
      problem: {
        empty: 'File {{file}} is empty.',
        unparsable: 'File {{file}} is damaged and cannot be read.',
        invalid: 'The contents of file {{file}} are not valid.',
        newerVersion: 'File {{file}} comes from a newer version of the app.',
        missing: 'File {{file}} is missing.',
        brokenChain: 'The check chain of change log {{file}} is broken.',
        appliedAhead: 'Change log {{file}} is missing its last entries.',
        migrationFailed: 'File {{file}} could not be upgraded to the new version.',
        writeFailed: 'Writing file {{file}} failed.',
      },
      verify: {
        empty: 'File {{file}} is empty.',
        unparsable: 'File {{file}} is damaged and cannot be read.',
        invalid: 'The contents of file {{file}} are not valid: {{detail}}',
        newerVersion: 'File {{file}} comes from a newer version of the app (version {{version}}).',
        needsMigration:
          'File {{file}} is still version {{version}}; it will be upgraded when the app opens it.',
        missing: 'File {{file}} is missing, although the change log shows it was written.',
        brokenChain:
          'Change log {{file}} fails its check from entry {{seq}} on ({{detail}}); it may have been edited or cut.',
        appliedAhead:
          'File {{file}} records change number {{appliedSeq}}, later than the last logged change {{lastSeq}}.',
        tornTail:
          'The last line of change log {{file}} is incomplete (the app probably stopped abruptly); it is handled on next open.',
      },
    },
  },
};
export default catalogue;
