import type { Catalogue } from './types';

/** First-run setup and the center profile form (also used in Settings). */
const catalogue: Catalogue = {
  'zh-CN': {
    title: '欢迎使用乡镇养老服务中心管理系统',
    intro: '第一次使用，请先填写本中心的基本信息。带 * 的是必填项，以后可以在“设置”里修改。',
    submit: '保存并开始使用',
    done: '中心信息已保存，欢迎使用！',
    center: {
      sections: {
        basic: '基本信息',
        contact: '联系方式',
        beds: '床位数量',
      },
      fields: {
        name: '中心名称',
        township: '所在乡镇',
        county: '所在县（市、区）',
        licenceNumber: '备案/许可编号',
        contactPerson: '联系人',
        phone: '联系电话',
        address: '详细地址',
        residential: '全托床位',
        dayCare: '日托床位',
        nursing: '其中护理型床位',
      },
      placeholders: {
        name: '例如：某某镇养老服务中心',
        township: '例如：城关镇',
        county: '例如：某某县',
        licenceNumber: '民政部门备案或许可证上的编号',
        contactPerson: '负责人或联系人姓名',
        phone: '手机或座机号码',
        address: '选填，例如：某某村某某路 8 号',
      },
      bedsHelp: '没有的床位类型填 0。护理型床位是全托床位中的一部分，不能多于全托床位。',
      saved: '中心信息已保存',
    },
  },
  en: {
    title: 'Welcome to Township Care',
    intro:
      'This is the first start. Please enter the basic details of your center. Fields marked * are required; you can change them later in Settings.',
    submit: 'Save and start',
    done: 'The center profile is saved. Welcome!',
    center: {
      sections: {
        basic: 'Basic details',
        contact: 'Contact',
        beds: 'Number of beds',
      },
      fields: {
        name: 'Center name',
        township: 'Township',
        county: 'County / district',
        licenceNumber: 'Licence / registration no.',
        contactPerson: 'Contact person',
        phone: 'Phone',
        address: 'Address',
        residential: 'Residential (full-time) beds',
        dayCare: 'Day-care beds',
        nursing: 'of which nursing beds',
      },
      placeholders: {
        name: 'e.g. Chengguan Township Elderly Care Center',
        township: 'e.g. Chengguan',
        county: 'e.g. Pingshan County',
        licenceNumber: 'Number on the civil-affairs registration or licence',
        contactPerson: 'Name of the person in charge',
        phone: 'Mobile or landline number',
        address: 'Optional, e.g. 8 Main Road, Dongcun Village',
      },
      bedsHelp:
        'Enter 0 for a kind of bed you do not have. Nursing beds are part of the residential beds, so there cannot be more of them.',
      saved: 'Center profile saved',
    },
  },
};
export default catalogue;
