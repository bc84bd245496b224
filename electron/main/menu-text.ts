import type { Catalogue } from '../../shared/i18n/types';

/** Application menu labels (main process only; the renderer never shows these). */
export const menuText: Catalogue = {
  'zh-CN': {
    file: '文件',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '查看',
    reload: '重新载入',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetZoom: '实际大小',
    fullscreen: '全屏',
    devTools: '开发者工具',
    window: '窗口',
    minimize: '最小化',
    close: '关闭窗口',
    help: '帮助',
    openDataFolder: '打开数据文件夹',
    openLogFolder: '打开日志文件夹',
    about: '关于乡镇养老服务中心管理系统',
    aboutDetail: '版本 {{version}}\n数据文件夹：{{dataDir}}',
    appName: '乡镇养老服务中心管理系统',
    hide: '隐藏',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullscreen: 'Full Screen',
    devTools: 'Developer Tools',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window',
    help: 'Help',
    openDataFolder: 'Open Data Folder',
    openLogFolder: 'Open Log Folder',
    about: 'About Township Care',
    aboutDetail: 'Version {{version}}\nData folder: {{dataDir}}',
    appName: 'Township Care',
    hide: 'Hide',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
  },
};

/** Looks up a menu label, falling back to Chinese. */
export function menuLabel(language: keyof Catalogue, key: string, params: Record<string, string> = {}): string {
  const template = menuText[language][key] ?? menuText['zh-CN'][key] ?? key;
  const text = typeof template === 'string' ? template : key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => params[name] ?? '');
}
