import type { Catalogue } from './types';

/** Words shared by every screen: buttons, states, language names. */
const catalogue: Catalogue = {
  'zh-CN': {
    appName: '乡镇养老服务中心管理系统',
    appShortName: '乡镇养老服务中心',
    actions: {
      save: '保存',
      saving: '正在保存…',
      cancel: '取消',
      retry: '重试',
      copy: '复制',
      copied: '已复制',
      confirm: '确定',
      reload: '重新加载',
    },
    status: {
      loading: '正在加载…',
      empty: '暂无数据',
      saved: '已保存',
      readOnlyDisabled: '数据处于只读状态，暂时不能修改',
    },
    language: {
      label: '界面语言',
      system: '跟随系统',
      systemWith: '跟随系统（{{language}}）',
      'zh-CN': '中文',
      en: 'English',
    },
    units: {
      beds: '{{count}} 张',
      bytes: '{{value}} 字节',
      kb: '{{value}} KB',
      mb: '{{value}} MB',
    },
    errors: {
      title: '操作没有成功',
      unknown: '出现了意外问题，请重试。如果问题一直存在，请联系技术支持。',
      loadFailed: '数据加载失败',
      invalidField: '填写的内容不正确，请检查',
      noConnection: '无法连接到程序后台，请关闭后重新打开本软件。',
    },
  },
  en: {
    appName: 'Township Care',
    appShortName: 'Township Care',
    actions: {
      save: 'Save',
      saving: 'Saving…',
      cancel: 'Cancel',
      retry: 'Try again',
      copy: 'Copy',
      copied: 'Copied',
      confirm: 'OK',
      reload: 'Reload',
    },
    status: {
      loading: 'Loading…',
      empty: 'Nothing here yet',
      saved: 'Saved',
      readOnlyDisabled: 'The data is read-only for now and cannot be changed',
    },
    language: {
      label: 'Language',
      system: 'Same as system',
      systemWith: 'Same as system ({{language}})',
      'zh-CN': '中文',
      en: 'English',
    },
    units: {
      beds: '{{count}}',
      bytes: '{{value}} bytes',
      kb: '{{value}} KB',
      mb: '{{value}} MB',
    },
    errors: {
      title: 'That did not work',
      unknown: 'Something unexpected went wrong. Please try again; if it keeps happening, contact support.',
      loadFailed: 'Could not load the data',
      invalidField: 'This value is not valid; please check it',
      noConnection: 'Cannot reach the application core. Please close the program and open it again.',
    },
  },
};
export default catalogue;
