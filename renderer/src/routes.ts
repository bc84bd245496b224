/** Paths of the pages that exist, so links and the menu cannot drift apart. */
export const routes = {
  home: '/',
  settings: '/settings',
  /** Settings, scrolled to the backups card (the read-only notice's way out). */
  settingsBackups: '/settings?section=backups',
} as const;
