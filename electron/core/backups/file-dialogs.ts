/**
 * The desktop's file dialogs, given by the Electron main process (electron/main/backup-dialogs.ts).
 * The core only asks for a path; the browser preview has none and moves files over its own
 * streamed routes instead.
 */
export interface BackupFileDialogs {
  /** Where to save a copy of a backup, suggesting `defaultName`; null when cancelled. */
  chooseCopyTarget(defaultName: string): Promise<string | null>;
  /** A backup file to restore from; null when cancelled. */
  chooseBackupFile(): Promise<string | null>;
}
