import type { FeatureStrings } from './types';

/**
 * First-run setup and the center profile form, also shown in Settings (namespace `setup`).
 */
export default {
  setup: {
    title: ['欢迎使用乡镇养老服务中心管理系统', 'Welcome to Township Care'],
    intro: [
      '第一次使用，请先填写本中心的基本信息。带 * 的是必填项，以后可以在“设置”里修改。',
      'This is the first start. Please enter the basic details of your center. Fields marked * are required; you can change them later in Settings.',
    ],
    submit: ['保存并开始使用', 'Save and start'],
    done: ['中心信息已保存，欢迎使用！', 'The center profile is saved. Welcome!'],
    center: {
      sections: {
        basic: ['基本信息', 'Basic details'],
        contact: ['联系方式', 'Contact'],
        beds: ['床位数量', 'Number of beds'],
      },
      fields: {
        name: ['中心名称', 'Center name'],
        township: ['所在乡镇', 'Township'],
        county: ['所在县（市、区）', 'County / district'],
        licenceNumber: ['备案/许可编号', 'Licence / registration no.'],
        contactPerson: ['联系人', 'Contact person'],
        phone: ['联系电话', 'Phone'],
        address: ['详细地址', 'Address'],
        residential: ['全托床位', 'Residential (full-time) beds'],
        dayCare: ['日托床位', 'Day-care beds'],
        nursing: ['其中护理型床位', 'of which nursing beds'],
      },
      placeholders: {
        name: ['例如：某某镇养老服务中心', 'e.g. Chengguan Township Elderly Care Center'],
        township: ['例如：城关镇', 'e.g. Chengguan'],
        county: ['例如：某某县', 'e.g. Pingshan County'],
        licenceNumber: [
          '民政部门备案或许可证上的编号',
          'Number on the civil-affairs registration or licence',
        ],
        contactPerson: ['负责人或联系人姓名', 'Name of the person in charge'],
        phone: ['手机或座机号码', 'Mobile or landline number'],
        address: ['选填，例如：某某村某某路 8 号', 'Optional, e.g. 8 Main Road, Dongcun Village'],
      },
      bedsHelp: [
        '没有的床位类型填 0。护理型床位是全托床位中的一部分，不能多于全托床位。',
        'Enter 0 for a kind of bed you do not have. Nursing beds are part of the residential beds, so there cannot be more of them.',
      ],
      saved: ['中心信息已保存', 'Center profile saved'],
    },
  },
} satisfies FeatureStrings;
