import type { FeatureStrings } from './types';

/**
 * Messages for the codes the local database throws (`errors:store.*`) and the problems verify reports.
 */
export default {
  errors: {
    store: {
      diskFull: [
        '磁盘空间不足，本次修改未保存。请清理磁盘后重试。（文件：{{file}}）',
        'The disk is full, so this change was not saved. Free some disk space and try again. (File: {{file}})',
      ],
      permissionDenied: [
        '没有权限写入数据文件 {{file}}，本次修改未保存。请检查文件夹权限，或关闭正在占用该文件的程序后重试。',
        'No permission to write the data file {{file}}, so this change was not saved. Check the folder permissions or close any program using the file, then try again.',
      ],
      ioError: [
        '读写数据文件 {{file}} 时出错（{{errno}}），本次修改未保存。请稍后重试；如果反复出现，请检查磁盘。',
        'Reading or writing the data file {{file}} failed ({{errno}}), so this change was not saved. Try again later; if it keeps happening, check the disk.',
      ],
      readOnly: [
        '数据目前是只读状态，不能修改。请先处理提示中的问题（例如从备份恢复）。',
        'The data is open read-only and cannot be changed. Deal with the reported problem first (for example, restore a backup).',
      ],
      rollbackFailed: [
        '保存失败，而且未能撤回写了一半的内容（文件：{{file}}）。为保护数据，已切换为只读。请重新启动程序，系统会自动检查并修复。',
        'Saving failed and the half-written change could not be undone (file: {{file}}). To protect the data the app switched to read-only. Restart the app; it will check and repair the data.',
      ],
      locked: [
        '数据正被另一个程序使用（电脑：{{host}}，进程号：{{pid}}，开始于 {{since}}）。请先关闭那个窗口再打开。',
        'The data is in use by another program (computer: {{host}}, process {{pid}}, since {{since}}). Close that window first.',
      ],
      closed: ['数据库已关闭，请重新打开程序。', 'The database is closed. Restart the app.'],
      migrationMissing: [
        '无法把数据升级到新版本（缺少第 {{version}} 版的升级步骤）。请安装完整的新版程序。',
        'The data cannot be upgraded (the step to version {{version}} is missing). Install the complete new version.',
      ],
      unknownCollection: [
        '程序内部错误：不存在名为 {{name}} 的数据类别。',
        'Internal error: there is no data collection named {{name}}.',
      ],
      badPeriod: [
        '程序内部错误：月份 {{period}} 格式不对，应为 年-月（如 2026-11）。',
        'Internal error: month {{period}} is not in YYYY-MM form (e.g. 2026-11).',
      ],
      wrongPeriod: [
        '程序内部错误：这条记录的日期属于 {{expected}}，不能存入 {{period}} 月份的文件。',
        'Internal error: this record is dated in {{expected}} and cannot be filed under {{period}}.',
      ],
      recordNotFound: [
        '找不到要作废的记录（{{collection}}：{{id}}）。它可能已被他人修改，请刷新后重试。',
        'The record to void was not found ({{collection}}: {{id}}). Someone may have changed it; refresh and try again.',
      ],
      alreadyVoided: ['这条记录已经作废过了，不能重复作废。', 'This record has already been voided.'],
      cannotUnvoid: [
        '已作废的记录不能恢复或更改作废信息。如需更正，请新建一条记录。',
        'A voided record cannot be restored or have its void details changed. Create a new record to correct it.',
      ],
      badBackup: [
        '备份文件 {{file}} 已损坏或不是本系统的备份（{{detail}}），未做任何恢复。',
        'The backup file {{file}} is damaged or not a backup of this app ({{detail}}). Nothing was restored.',
      ],
      backupNotFound: ['找不到备份文件 {{file}}。', 'Backup file {{file}} was not found.'],
      backupTooNew: [
        '备份文件 {{file}} 来自更新版本的程序，请先升级程序再恢复。',
        'The backup file {{file}} comes from a newer version of the app. Upgrade before restoring it.',
      ],
      badBackupReason: [
        '程序内部错误：未知的备份类型 {{reason}}。',
        'Internal error: unknown backup type {{reason}}.',
      ],
      restoreIncomplete: [
        '恢复备份时，替换数据文件的过程中出错（{{cause}}），恢复没有完成。为防止在新旧混杂的数据上继续修改，已切换为只读。请关闭并重新打开程序，系统会自动完成恢复。',
        'Replacing the data files failed half-way through the restore ({{cause}}), so the restore is not finished. To keep anyone from changing a mix of old and new data, the app switched to read-only. Close and reopen the app; it will finish the restore.',
      ],
      readOnlyBackup: [
        '数据目前是只读状态（有文件损坏或缺失），此时做的备份不完整，无法用来恢复，所以没有备份。请先从以前的备份恢复。',
        'The data is read-only (a file is damaged or missing). A backup now would be incomplete and could not be restored, so none was made. Restore an earlier backup first.',
      ],
      warning: {
        backupDiskFull: [
          '自动备份没有做成：磁盘空间不足。数据已正常打开，可以照常使用；请尽快清理磁盘，程序下次启动时会再备份。',
          'The automatic backup could not be made: the disk is full. The data opened normally and can be used as usual; free some disk space soon, the app backs up again at its next start.',
        ],
        backupPermissionDenied: [
          '自动备份没有做成：没有权限写入 backups（备份）文件夹。数据已正常打开，可以照常使用；请检查该文件夹的权限。',
          "The automatic backup could not be made: no permission to write the backups folder. The data opened normally and can be used as usual; check that folder's permissions.",
        ],
        backupFailed: [
          '自动备份没有做成（{{errno}}）。数据已正常打开，可以照常使用；请检查磁盘和 backups（备份）文件夹。',
          'The automatic backup could not be made ({{errno}}). The data opened normally and can be used as usual; check the disk and the backups folder.',
        ],
      },
      readOnlyReason: {
        quarantined: [
          '有数据文件损坏，已移到 quarantine（隔离）文件夹，数据以只读方式打开。',
          'A damaged data file was moved to the quarantine folder; the data is open read-only.',
        ],
        newerVersion: [
          '数据来自更新版本的程序，当前程序无法修改。请升级程序。',
          'The data comes from a newer version of the app and cannot be changed here. Upgrade the app.',
        ],
        auditBroken: [
          '操作记录（审计日志）不完整或被改动过，数据以只读方式打开。',
          'The change log (audit log) is incomplete or was altered; the data is open read-only.',
        ],
        missingData: [
          '有数据文件不见了，数据以只读方式打开。请从备份恢复。',
          'A data file is missing; the data is open read-only. Restore a backup.',
        ],
        rollbackFailed: [
          '上次保存失败且未能撤回，已切换为只读。请重新启动程序。',
          'The last save failed and could not be undone; switched to read-only. Restart the app.',
        ],
        backupFailed: [
          '新版程序要先升级数据，升级前必须先备份，但备份没有做成（磁盘已满或没有权限）。数据以只读方式打开，可以查看；请清理磁盘后重新启动程序。',
          'This version must upgrade the data, and backs it up first, but the backup could not be made (disk full or no permission). The data is open read-only and can be viewed; free some disk space and restart the app.',
        ],
        restoreIncomplete: [
          '备份恢复到一半时出错，已切换为只读。请重新启动程序，系统会自动完成恢复。',
          'A restore failed half-way; switched to read-only. Restart the app and it will finish the restore.',
        ],
      },
      problem: {
        empty: ['文件 {{file}} 是空的。', 'File {{file}} is empty.'],
        unparsable: ['文件 {{file}} 内容损坏，无法读取。', 'File {{file}} is damaged and cannot be read.'],
        invalid: ['文件 {{file}} 的内容不符合要求。', 'The contents of file {{file}} are not valid.'],
        newerVersion: [
          '文件 {{file}} 来自更新版本的程序。',
          'File {{file}} comes from a newer version of the app.',
        ],
        missing: ['文件 {{file}} 不见了。', 'File {{file}} is missing.'],
        brokenChain: [
          '操作记录 {{file}} 的校验链断了。',
          'The check chain of change log {{file}} is broken.',
        ],
        appliedAhead: [
          '操作记录 {{file}} 少了最后几条。',
          'Change log {{file}} is missing its last entries.',
        ],
        migrationFailed: [
          '文件 {{file}} 无法升级到新版本。',
          'File {{file}} could not be upgraded to the new version.',
        ],
        writeFailed: ['文件 {{file}} 写入失败。', 'Writing file {{file}} failed.'],
        migrationPostponed: [
          '文件 {{file}} 需要升级到新版本，但升级前的备份没有做成，暂不升级。',
          'File {{file}} needs upgrading to the new version, but the backup taken first could not be made, so it was not upgraded yet.',
        ],
        unsafeChange: [
          '操作记录 {{file}} 里有一条修改不是本系统写的（指向本系统不写的文件，或内容不合格），已拒绝执行，什么也没有写。',
          'Change log {{file}} holds a change this app did not write (it names a file the app never writes, or its content is invalid); it was refused and nothing was written.',
        ],
      },
      verify: {
        empty: ['文件 {{file}} 是空的。', 'File {{file}} is empty.'],
        unparsable: ['文件 {{file}} 内容损坏，无法读取。', 'File {{file}} is damaged and cannot be read.'],
        invalid: [
          '文件 {{file}} 的内容不符合要求：{{detail}}',
          'The contents of file {{file}} are not valid: {{detail}}',
        ],
        newerVersion: [
          '文件 {{file}} 来自更新版本的程序（第 {{version}} 版）。',
          'File {{file}} comes from a newer version of the app (version {{version}}).',
        ],
        needsMigration: [
          '文件 {{file}} 还是旧版本（第 {{version}} 版），打开程序时会自动升级。',
          'File {{file}} is still version {{version}}; it will be upgraded when the app opens it.',
        ],
        missing: [
          '文件 {{file}} 不见了，但操作记录显示它曾被写入。',
          'File {{file}} is missing, although the change log shows it was written.',
        ],
        brokenChain: [
          '操作记录 {{file}} 从第 {{seq}} 条起校验不通过（{{detail}}），可能被改动或删除过。',
          'Change log {{file}} fails its check from entry {{seq}} on ({{detail}}); it may have been edited or cut.',
        ],
        appliedAhead: [
          '文件 {{file}} 记录的修改序号 {{appliedSeq}} 超过了操作记录的最后一条 {{lastSeq}}。',
          'File {{file}} records change number {{appliedSeq}}, later than the last logged change {{lastSeq}}.',
        ],
        tornTail: [
          '操作记录 {{file}} 最后一行不完整（上次可能异常退出），下次打开时会自动处理。',
          'The last line of change log {{file}} is incomplete (the app probably stopped abruptly); it is handled on next open.',
        ],
        behind: [
          '文件 {{file}} 只更新到第 {{appliedSeq}} 条修改，但操作记录显示第 {{lastSeq}} 条也改过它（可能断电丢了写入）。打开程序时会按操作记录补上；如果之后仍然提示，请从备份恢复。',
          'File {{file}} holds changes up to number {{appliedSeq}}, but the change log shows change {{lastSeq}} also wrote it (a power cut may have lost the write). Opening the app applies the missing changes from the log; if this still shows afterwards, restore a backup.',
        ],
        unsafeChange: [
          '操作记录 {{file}} 第 {{seq}} 条指向本系统不会写的文件 {{target}}，可能被改动过。打开时不会执行它。',
          'Entry {{seq}} of change log {{file}} names {{target}}, a file this app never writes; the log may have been edited. Opening the app will not apply it.',
        ],
      },
    },
  },
} satisfies FeatureStrings;
