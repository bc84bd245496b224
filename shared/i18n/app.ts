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
        locked: '数据文件夹正被另一个程序窗口使用。请先关闭另一个窗口。',
        other: '读取数据时发现问题，为防止数据丢失，暂停了所有修改。',
      },
      filesIntro: '有问题的文件：',
      problem: {
        parse: '文件内容已损坏，无法读取',
        invalid: '文件内容不符合要求',
        schema: '文件内容不符合要求',
        newerVersion: '由更新版本的软件保存',
        unreadable: '无法读取该文件',
        missing: '文件缺失',
      },
      wayOut: '您可以在"设置"中从备份恢复数据。恢复前，当前数据会先自动另存为一份备份，不会丢失。',
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
        quarantined: 'Some data files were damaged or unreadable. They were moved to the quarantine folder and kept; nothing was overwritten.',
        newerVersion: 'The data was saved by a newer version of this program, which this version cannot change safely. Please update the program.',
        locked: 'The data folder is in use by another window of the program. Please close the other window first.',
        other: 'A problem was found while reading the data, so all changes are paused to keep the data safe.',
      },
      filesIntro: 'Files with problems:',
      problem: {
        parse: 'the file is damaged and cannot be read',
        invalid: 'the file content is not valid',
        schema: 'the file content is not valid',
        newerVersion: 'saved by a newer version of the program',
        unreadable: 'the file cannot be read',
        missing: 'the file is missing',
      },
      wayOut: 'You can restore the data from a backup in Settings. The current data is saved as a backup first, so nothing is lost.',
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
