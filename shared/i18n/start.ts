import type { FeatureStrings } from './types';

/**
 * Messages of `npm start` (namespace `start`): fetching Electron on first start, and why the app
 * opens in the browser instead of its own window, with how to get the window.
 */
export default {
  start: {
    downloading: [
      '第一次启动：正在下载桌面程序运行环境 Electron（约 100 MB，只需一次），来源：{{source}}',
      'First start: downloading Electron, the desktop runtime (about 100 MB, only once), from {{source}}',
    ],
    downloadFailed: [
      '下载 Electron 没有成功（{{detail}}）。',
      'Electron could not be downloaded ({{detail}}).',
    ],
    unreachable: ['连接不上 {{host}}', '{{host}} cannot be reached'],
    timedOut: ['超过 {{seconds}} 秒没有完成', 'not finished after {{seconds}} seconds'],
    building: ['正在准备程序文件……', 'Preparing the app…'],
    buildFailed: [
      '程序文件准备失败，请把上面的信息发给维护人员。',
      'The app could not be prepared; please send the messages above to whoever maintains it.',
    ],
    why: {
      downloadFailed: [
        '这台电脑没能下载桌面程序运行环境 Electron，所以这次在浏览器里打开。',
        'This PC could not download Electron, the desktop runtime, so the app opens in the browser.',
      ],
      downloadSkipped: [
        '设置了 ELECTRON_SKIP_BINARY_DOWNLOAD，没有下载桌面程序运行环境 Electron，所以在浏览器里打开。',
        'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron was not downloaded and the app opens in the browser.',
      ],
      cannotRun: [
        'Electron 在这台电脑上无法运行（桌面版需要 Windows 10 及以上或 macOS 12 及以上），所以在浏览器里打开。',
        'Electron cannot run on this PC (the desktop app needs Windows 10 or later, or macOS 12 or later), so the app opens in the browser.',
      ],
      noDisplay: [
        '没有图形界面（未设置 DISPLAY 或 WAYLAND_DISPLAY），无法打开桌面窗口，所以在浏览器里打开。',
        'There is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set) for a desktop window, so the app opens in the browser.',
      ],
      asked: ['按要求（--browser）在浏览器里打开。', 'Opening in the browser as asked (--browser).'],
    },
    howTo: [
      '想要桌面窗口：设置 Electron 下载镜像后重新运行 npm start，例如\n  Windows（命令提示符）：先 set ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ 再 npm start\n  macOS / Linux：ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start\n或者用安装包安装桌面版。Windows 7/8 请继续使用浏览器方式。',
      'To get the desktop window, set an Electron download mirror and run npm start again, e.g.\n  Windows (Command Prompt): set ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ then npm start\n  macOS / Linux: ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start\nor install the desktop app from its installer. On Windows 7 or 8, keep using the browser.',
    ],
    started: ['程序已在浏览器中运行：{{url}}', 'The app is running in the browser: {{url}}'],
    dataDir: ['数据文件夹：{{dataDir}}', 'Data folder: {{dataDir}}'],
    openYourself: [
      '如果浏览器没有自动打开，请把上面的地址复制到浏览器（Edge、Chrome、Firefox 等）里打开。',
      'If no browser opened, copy the address above into a browser (Edge, Chrome, Firefox, …).',
    ],
    keepOpen: [
      '使用期间请不要关闭这个窗口；按 Ctrl+C 结束。',
      'Keep this window open while you use the app; press Ctrl+C to stop.',
    ],
    badLang: ['--lang 只能是 zh-CN 或 en。', '--lang must be zh-CN or en.'],
    badPort: [
      '端口“{{value}}”不正确，请写 1 到 65535 之间的数字。',
      'Port “{{value}}” is not valid; use a number from 1 to 65535.',
    ],
  },
} satisfies FeatureStrings;
