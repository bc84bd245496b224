import type { FeatureStrings } from './types';

/**
 * Application menu labels (namespace `menu`; shown by the main process only).
 */
export default {
  menu: {
    file: ['文件', 'File'],
    quit: ['退出', 'Quit'],
    edit: ['编辑', 'Edit'],
    undo: ['撤销', 'Undo'],
    redo: ['重做', 'Redo'],
    cut: ['剪切', 'Cut'],
    copy: ['复制', 'Copy'],
    paste: ['粘贴', 'Paste'],
    selectAll: ['全选', 'Select All'],
    view: ['查看', 'View'],
    reload: ['重新载入', 'Reload'],
    zoomIn: ['放大', 'Zoom In'],
    zoomOut: ['缩小', 'Zoom Out'],
    resetZoom: ['实际大小', 'Actual Size'],
    fullscreen: ['全屏', 'Full Screen'],
    devTools: ['开发者工具', 'Developer Tools'],
    window: ['窗口', 'Window'],
    minimize: ['最小化', 'Minimize'],
    close: ['关闭窗口', 'Close Window'],
    help: ['帮助', 'Help'],
    openDataFolder: ['打开数据文件夹', 'Open Data Folder'],
    openLogFolder: ['打开日志文件夹', 'Open Log Folder'],
    about: ['关于乡镇养老服务中心管理系统', 'About Township Care'],
    aboutDetail: [
      '版本 {{version}}\n数据文件夹：{{dataDir}}',
      'Version {{version}}\nData folder: {{dataDir}}',
    ],
    appName: ['乡镇养老服务中心管理系统', 'Township Care'],
    hide: ['隐藏', 'Hide'],
    hideOthers: ['隐藏其他', 'Hide Others'],
    unhide: ['全部显示', 'Show All'],
  },
} satisfies FeatureStrings;
