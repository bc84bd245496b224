/** Backups: the list, a backup now, and restore (shown as a card in settings). */
import { lazyComponent } from '../../app';
import type { Feature } from '../../app';

export const backupsFeature: Feature = {};

/** The backups card shown in settings. */
export const BackupsCard = lazyComponent(() => import('./backups-card'), 'BackupsCard');
