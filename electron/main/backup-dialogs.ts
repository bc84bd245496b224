import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { Language } from '../../shared/i18n/types';
import { translate } from '../../shared/i18n/translate';
import type { BackupFileDialogs } from '../core/backups/file-dialogs';

/**
 * The system's save and open dialogs for backup files, and nothing more: copying, checking
 * and restoring are the core's (electron/core/backups), the same code the browser preview uses.
 */
export function backupDialogs(
  window: () => BrowserWindow | null,
  language: () => Language,
): BackupFileDialogs {
  // `gz` rather than the full suffix: macOS matches one extension only, and a renamed copy still shows.
  const filters = () => [
    { name: translate(language(), 'settings:backups.dialog.filterName'), extensions: ['gz'] },
  ];
  return {
    async chooseCopyTarget(defaultName) {
      const options = {
        title: translate(language(), 'settings:backups.dialog.copyTitle'),
        defaultPath: defaultName,
        filters: filters(),
      };
      const win = window();
      const answer = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    async chooseBackupFile() {
      const options = {
        title: translate(language(), 'settings:backups.dialog.openTitle'),
        filters: filters(),
        properties: ['openFile' as const],
      };
      const win = window();
      const answer = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
  };
}
