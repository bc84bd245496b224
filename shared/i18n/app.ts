import type { Catalogue } from './types';

/** The application frame: navigation, header, home page, read-only notice. */
const catalogue: Catalogue = {
  'zh-CN': {
    nav: {
      home: '首页',
      settings: '设置',
    },
    header: {
      noCenter: '尚未设置中心信息',
    },
    home: {
      title: '首页',
      centerTitle: '中心概况',
      name: '中心名称',
      location: '所在地',
      locationValue: '{{county}} {{township}}',
      licenceNumber: '备案/许可编号',
      contact: '联系人',
      phone: '联系电话',
      address: '地址',
      beds: {
        title: '床位',
        residential: '全托床位',
        dayCare: '日托床位',
        nursing: '其中护理型',
        total: '床位合计',
      },
      editProfile: '修改中心信息',
      notSet: '未填写',
    },
    readOnly: {
      title: '数据已转为只读，目前不能做任何修改',
      reason: {
        quarantined: '有数据文件损坏或无法读取，已被移到隔离文件夹（quarantine）保存，原文件没有被覆盖。',
        newerVersion: '数据文件来自更新版本的软件，本版本无法安全地修改它们。请升级软件后再使用。',
        auditBroken: '操作记录（审计日志）不完整或与数据对不上，为防止数据出错，暂停了所有修改。',
        missingData: '找不到主数据文件，可能被移动或删除了。',
        rollbackFailed: '保存数据时出错，并且没能完全撤回，为防止数据不一致，暂停了所有修改。',
        restoreIncomplete:
          '恢复备份时没有全部完成，为防止在新旧混杂的数据上修改，暂停了所有修改。重新打开程序即可自动完成恢复。',
        other: '读取数据时发现问题，为防止数据丢失，暂停了所有修改。',
      },
      filesIntro: '有问题的文件：',
      problem: {
        empty: '文件是空的',
        unparsable: '文件内容已损坏，无法读取',
        invalid: '文件内容不符合要求',
        newerVersion: '由更新版本的软件保存',
        missing: '文件缺失',
        brokenChain: '操作记录前后接不上',
        appliedAhead: '数据比操作记录还新，对不上',
        migrationFailed: '数据升级失败',
        writeFailed: '写入失败',
      },
      wayOut: '您可以在“设置”中从备份恢复数据。恢复前，当前数据会先自动另存为一份备份，不会丢失。',
      goRestore: '去设置中恢复备份',
    },
    notFound: {
      title: '没有找到这个页面',
      back: '返回首页',
    },
    language: {
      switchTo: '切换语言',
    },
  },
  en: {
    nav: {
      home: 'Home',
      settings: 'Settings',
    },
    header: {
      noCenter: 'Center not set up yet',
    },
    home: {
      title: 'Home',
      centerTitle: 'Center overview',
      name: 'Center name',
      location: 'Location',
      locationValue: '{{township}}, {{county}}',
      licenceNumber: 'Licence / registration no.',
      contact: 'Contact person',
      phone: 'Phone',
      address: 'Address',
      beds: {
        title: 'Beds',
        residential: 'Residential beds',
        dayCare: 'Day-care beds',
        nursing: 'of which nursing',
        total: 'Total beds',
      },
      editProfile: 'Edit center profile',
      notSet: 'Not filled in',
    },
    readOnly: {
      title: 'The data is read-only: nothing can be changed right now',
      reason: {
        quarantined:
          'Some data files were damaged or unreadable. They were moved to the quarantine folder and kept; nothing was overwritten.',
        newerVersion:
          'The data was saved by a newer version of this program, which this version cannot change safely. Please update the program.',
        auditBroken:
          'The log of changes (audit log) is incomplete or does not match the data, so all changes are paused to keep the data correct.',
        missingData: 'The main data file cannot be found; it may have been moved or deleted.',
        rollbackFailed:
          'Saving failed and could not be fully undone, so all changes are paused to keep the data consistent.',
        restoreIncomplete:
          'A restore did not finish, so all changes are paused to keep anyone from editing a mix of old and new data. Reopen the program and it will finish the restore.',
        other: 'A problem was found while reading the data, so all changes are paused to keep the data safe.',
      },
      filesIntro: 'Files with problems:',
      problem: {
        empty: 'the file is empty',
        unparsable: 'the file is damaged and cannot be read',
        invalid: 'the file content is not valid',
        newerVersion: 'saved by a newer version of the program',
        missing: 'the file is missing',
        brokenChain: 'the log of changes has a gap',
        appliedAhead: 'the data is newer than the log of changes',
        migrationFailed: 'the data upgrade failed',
        writeFailed: 'writing failed',
      },
      wayOut:
        'You can restore the data from a backup in Settings. The current data is saved as a backup first, so nothing is lost.',
      goRestore: 'Restore a backup in Settings',
    },
    notFound: {
      title: 'This page does not exist',
      back: 'Back to Home',
    },
    language: {
      switchTo: 'Change language',
    },
  },
};
export default catalogue;
