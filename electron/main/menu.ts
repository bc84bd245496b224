import { app, dialog, Menu, shell } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/i18n/types';
import { menuLabel } from './menu-text';

/** A menu label by its key in the `menu` namespace (checked against the catalogue). */
type MenuText = (key: Parameters<typeof menuLabel>[1], params?: Record<string, string>) => string;

export interface MenuContext {
  language: Language;
  dataDir: string;
  logDir: string;
  devTools: boolean;
  window: () => BrowserWindow | null;
}

/** Builds and installs the application menu in the current language; called again when it changes. */
export function installMenu(ctx: MenuContext): void {
  const t: MenuText = (key, params) => menuLabel(ctx.language, key, params);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: t('appName'),
      submenu: [
        { label: t('about'), click: () => showAbout(ctx, t) },
        { type: 'separator' },
        { label: t('hide'), role: 'hide' },
        { label: t('hideOthers'), role: 'hideOthers' },
        { label: t('unhide'), role: 'unhide' },
        { type: 'separator' },
        { label: t('quit'), role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: t('file'),
      submenu: [
        { label: t('openDataFolder'), click: () => void shell.openPath(ctx.dataDir) },
        { label: t('openLogFolder'), click: () => void shell.openPath(ctx.logDir) },
        ...(isMac ? [] : [{ type: 'separator' } as const, { label: t('quit'), role: 'quit' } as const]),
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { label: t('undo'), role: 'undo' },
        { label: t('redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        { label: t('selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { label: t('reload'), role: 'reload' },
        { type: 'separator' },
        { label: t('resetZoom'), role: 'resetZoom' },
        { label: t('zoomIn'), role: 'zoomIn' },
        { label: t('zoomOut'), role: 'zoomOut' },
        { type: 'separator' },
        { label: t('fullscreen'), role: 'togglefullscreen' },
        ...(ctx.devTools ? [{ label: t('devTools'), role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: t('window'),
      submenu: [
        { label: t('minimize'), role: 'minimize' },
        { label: t('close'), role: 'close' },
      ],
    },
    {
      label: t('help'),
      submenu: isMac ? [] : [{ label: t('about'), click: () => showAbout(ctx, t) }],
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function showAbout(ctx: MenuContext, t: MenuText): void {
  const options = {
    type: 'info' as const,
    title: t('about'),
    message: t('appName'),
    detail: t('aboutDetail', { version: app.getVersion(), dataDir: ctx.dataDir }),
  };
  const win = ctx.window();
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}
