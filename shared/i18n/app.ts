import type { FeatureStrings } from './types';

/**
 * The application frame (navigation, header, home page, not-found page, read-only notice) and the
 * words every screen shares (namespaces `common` and `app`).
 */
export default {
  common: {
    appName: ['乡镇养老服务中心管理系统', 'Township Care'],
    appShortName: ['乡镇养老服务中心', 'Township Care'],
    actions: {
      save: ['保存', 'Save'],
      saving: ['正在保存…', 'Saving…'],
      cancel: ['取消', 'Cancel'],
      retry: ['重试', 'Try again'],
      copy: ['复制', 'Copy'],
      copied: ['已复制', 'Copied'],
      confirm: ['确定', 'OK'],
      reload: ['重新加载', 'Reload'],
    },
    status: {
      loading: ['正在加载…', 'Loading…'],
      empty: ['暂无数据', 'Nothing here yet'],
      saved: ['已保存', 'Saved'],
      readOnlyDisabled: [
        '数据处于只读状态，暂时不能修改',
        'The data is read-only for now and cannot be changed',
      ],
    },
    language: {
      label: ['界面语言', 'Language'],
      system: ['跟随系统', 'Same as system'],
      systemWith: ['跟随系统（{{language}}）', 'Same as system ({{language}})'],
      'zh-CN': ['中文', '中文'],
      en: ['English', 'English'],
    },
    units: {
      beds: ['{{count}} 张', '{{count}}'],
      bytes: ['{{value}} 字节', '{{value}} bytes'],
      kb: ['{{value}} KB', '{{value}} KB'],
      mb: ['{{value}} MB', '{{value}} MB'],
    },
    errors: {
      title: ['操作没有成功', 'That did not work'],
      unknown: [
        '出现了意外问题，请重试。如果问题一直存在，请联系技术支持。',
        'Something unexpected went wrong. Please try again; if it keeps happening, contact support.',
      ],
      loadFailed: ['数据加载失败', 'Could not load the data'],
      invalidField: ['填写的内容不正确，请检查', 'This value is not valid; please check it'],
      noConnection: [
        '无法连接到程序后台，请关闭后重新打开本软件。',
        'Cannot reach the application core. Please close the program and open it again.',
      ],
    },
  },
  app: {
    nav: {
      home: ['首页', 'Home'],
      settings: ['设置', 'Settings'],
    },
    header: {
      noCenter: ['尚未设置中心信息', 'Center not set up yet'],
    },
    home: {
      title: ['首页', 'Home'],
      centerTitle: ['中心概况', 'Center overview'],
      name: ['中心名称', 'Center name'],
      location: ['所在地', 'Location'],
      locationValue: ['{{county}} {{township}}', '{{township}}, {{county}}'],
      licenceNumber: ['备案/许可编号', 'Licence / registration no.'],
      contact: ['联系人', 'Contact person'],
      phone: ['联系电话', 'Phone'],
      address: ['地址', 'Address'],
      beds: {
        title: ['床位', 'Beds'],
        residential: ['全托床位', 'Residential beds'],
        dayCare: ['日托床位', 'Day-care beds'],
        nursing: ['其中护理型', 'of which nursing'],
        total: ['床位合计', 'Total beds'],
      },
      editProfile: ['修改中心信息', 'Edit center profile'],
      notSet: ['未填写', 'Not filled in'],
    },
    warnings: {
      title: ['自动备份没有做成', 'The automatic backup was not made'],
      backupNow: ['去设置里手动备份', 'Make a backup in Settings'],
    },
    readOnly: {
      title: [
        '数据已转为只读，目前不能做任何修改',
        'The data is read-only: nothing can be changed right now',
      ],
      reason: {
        quarantined: [
          '有数据文件损坏或无法读取，已被移到隔离文件夹（quarantine）保存，原文件没有被覆盖。',
          'Some data files were damaged or unreadable. They were moved to the quarantine folder and kept; nothing was overwritten.',
        ],
        newerVersion: [
          '数据文件来自更新版本的软件，本版本无法安全地修改它们。请升级软件后再使用。',
          'The data was saved by a newer version of this program, which this version cannot change safely. Please update the program.',
        ],
        auditBroken: [
          '操作记录（审计日志）不完整或与数据对不上，为防止数据出错，暂停了所有修改。',
          'The log of changes (audit log) is incomplete or does not match the data, so all changes are paused to keep the data correct.',
        ],
        missingData: [
          '找不到主数据文件，可能被移动或删除了。',
          'The main data file cannot be found; it may have been moved or deleted.',
        ],
        rollbackFailed: [
          '保存数据时出错，并且没能完全撤回，为防止数据不一致，暂停了所有修改。',
          'Saving failed and could not be fully undone, so all changes are paused to keep the data consistent.',
        ],
        backupFailed: [
          '新版软件要先升级数据，升级前必须先备份，但备份没有做成（磁盘已满或没有权限）。数据可以查看，暂不能修改；请清理磁盘后重新启动软件。',
          'This version must upgrade the data and backs it up first, but the backup could not be made (disk full or no permission). The data can be viewed but not changed; free some disk space and restart the program.',
        ],
        restoreIncomplete: [
          '恢复备份时没有全部完成，为防止在新旧混杂的数据上修改，暂停了所有修改。重新打开程序即可自动完成恢复。',
          'A restore did not finish, so all changes are paused to keep anyone from editing a mix of old and new data. Reopen the program and it will finish the restore.',
        ],
        other: [
          '读取数据时发现问题，为防止数据丢失，暂停了所有修改。',
          'A problem was found while reading the data, so all changes are paused to keep the data safe.',
        ],
      },
      filesIntro: ['有问题的文件：', 'Files with problems:'],
      problem: {
        empty: ['文件是空的', 'the file is empty'],
        unparsable: ['文件内容已损坏，无法读取', 'the file is damaged and cannot be read'],
        invalid: ['文件内容不符合要求', 'the file content is not valid'],
        newerVersion: ['由更新版本的软件保存', 'saved by a newer version of the program'],
        missing: ['文件缺失', 'the file is missing'],
        brokenChain: ['操作记录前后接不上', 'the log of changes has a gap'],
        appliedAhead: ['数据比操作记录还新，对不上', 'the data is newer than the log of changes'],
        migrationFailed: ['数据升级失败', 'the data upgrade failed'],
        writeFailed: ['写入失败', 'writing failed'],
        unsafeChange: [
          '操作记录里有不是本软件写的修改，已拒绝执行',
          'the log of changes holds a change this program did not write; it was refused',
        ],
        migrationPostponed: [
          '升级前的备份没有做成，暂不升级',
          'the backup before the upgrade could not be made, so the upgrade waits',
        ],
      },
      wayOut: [
        '您可以在“设置”中从备份恢复数据。恢复前，当前数据会先自动另存为一份备份，不会丢失。',
        'You can restore the data from a backup in Settings. The current data is saved as a backup first, so nothing is lost.',
      ],
      goRestore: ['去设置中恢复备份', 'Restore a backup in Settings'],
    },
    notFound: {
      title: ['没有找到这个页面', 'This page does not exist'],
      back: ['返回首页', 'Back to Home'],
    },
    language: {
      switchTo: ['切换语言', 'Change language'],
    },
  },
} satisfies FeatureStrings;
