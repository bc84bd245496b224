import type { FeatureStrings } from './types';

/**
 * Errors raised by the IPC layer, the application shell and the browser preview (`errors:ipc.*`).
 */
export default {
  errors: {
    ipc: {
      internal: [
        '程序出现了意外问题，操作可能没有完成。请刷新后查看结果再决定是否重试；如果反复出现，请联系技术支持。',
        'Something unexpected went wrong and the action may not have been completed. Refresh and check before trying again; if it keeps happening, contact support.',
      ],
      unknownChannel: [
        '程序内部请求有误（{{channel}}），操作没有执行。',
        'The program made an invalid internal request ({{channel}}); nothing was done.',
      ],
      invalidArgument: [
        '填写的内容有误，请检查后再试。',
        'Some of the information is not valid. Please check it and try again.',
      ],
      argument: {
        unexpected: ['这个操作不需要附加内容。', 'This action takes no extra information.'],
        object: ['内容格式不对。', 'The information is in the wrong format.'],
        language: ['请选择“中文”“English”或“跟随系统”。', 'Choose Chinese, English, or "follow the system".'],
        backupFile: ['备份文件名不对。', 'That is not a valid backup file name.'],
        invalid: ['格式不对。', 'Wrong format.'],
      },
      backupNotFound: [
        '找不到备份文件“{{file}}”，可能已被删除。',
        'Backup file "{{file}}" was not found; it may have been deleted.',
      ],
      forbidden: [
        '拒绝访问：请求不是来自本程序的窗口。',
        'Access denied: the request did not come from this program’s window.',
      ],
      preview: {
        badToken: [
          '访问口令不对。请使用启动预览时显示的完整网址。',
          'Wrong access token. Use the full address shown when the preview started.',
        ],
        badOrigin: ['拒绝来自其他网站的请求。', 'Requests from other websites are refused.'],
        badHost: [
          '拒绝这个地址的请求，请使用 127.0.0.1 访问。',
          'Requests to this address are refused; use 127.0.0.1.',
        ],
        tooLarge: ['提交的内容太大。', 'The request is too large.'],
        badJson: ['提交的内容不是有效的格式。', 'The request is not valid JSON.'],
        notFound: ['找不到这个页面。', 'Page not found.'],
        methodNotAllowed: ['不支持这种请求方式。', 'This request method is not supported.'],
      },
    },
  },
} satisfies FeatureStrings;
