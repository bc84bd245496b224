import type { Catalogue } from './types';

/** Errors raised by the IPC layer, the application shell and the browser preview. */
const catalogue: Catalogue = {
  'zh-CN': {
    ipc: {
      internal:
        '程序出现了意外问题，操作可能没有完成。请刷新后查看结果再决定是否重试；如果反复出现，请联系技术支持。',
      unknownChannel: '程序内部请求有误（{{channel}}），操作没有执行。',
      invalidArgument: '填写的内容有误，请检查后再试。',
      argument: {
        unexpected: '这个操作不需要附加内容。',
        object: '内容格式不对。',
        language: '请选择“中文”“English”或“跟随系统”。',
        backupFile: '备份文件名不对。',
        invalid: '格式不对。',
      },
      backupNotFound: '找不到备份文件“{{file}}”，可能已被删除。',
      forbidden: '拒绝访问：请求不是来自本程序的窗口。',
      preview: {
        badToken: '访问口令不对。请使用启动预览时显示的完整网址。',
        badOrigin: '拒绝来自其他网站的请求。',
        badHost: '拒绝这个地址的请求，请使用 127.0.0.1 访问。',
        tooLarge: '提交的内容太大。',
        badJson: '提交的内容不是有效的格式。',
        notFound: '找不到这个页面。',
        methodNotAllowed: '不支持这种请求方式。',
      },
    },
  },
  en: {
    ipc: {
      internal:
        'Something unexpected went wrong and the action may not have been completed. Refresh and check before trying again; if it keeps happening, contact support.',
      unknownChannel: 'The program made an invalid internal request ({{channel}}); nothing was done.',
      invalidArgument: 'Some of the information is not valid. Please check it and try again.',
      argument: {
        unexpected: 'This action takes no extra information.',
        object: 'The information is in the wrong format.',
        language: 'Choose Chinese, English, or "follow the system".',
        backupFile: 'That is not a valid backup file name.',
        invalid: 'Wrong format.',
      },
      backupNotFound: 'Backup file "{{file}}" was not found; it may have been deleted.',
      forbidden: 'Access denied: the request did not come from this program’s window.',
      preview: {
        badToken: 'Wrong access token. Use the full address shown when the preview started.',
        badOrigin: 'Requests from other websites are refused.',
        badHost: 'Requests to this address are refused; use 127.0.0.1.',
        tooLarge: 'The request is too large.',
        badJson: 'The request is not valid JSON.',
        notFound: 'Page not found.',
        methodNotAllowed: 'This request method is not supported.',
      },
    },
  },
};
export default catalogue;
