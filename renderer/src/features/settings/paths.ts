/** Paths of the settings page. */
export const settingsPaths = {
  settings: '/settings',
  /** Settings, scrolled to the backups card (the read-only notice's way out). */
  settingsBackups: '/settings?section=backups',
} as const;
