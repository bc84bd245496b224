import type { BackupsPort } from './backups-port';

/** Placeholder until the store's backup module lands. */
export function createBackupsPort(_deps: { dataDir: string; store: () => unknown; reopen: () => Promise<void> }): BackupsPort {
  throw new Error('not yet');
}
