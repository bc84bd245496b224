import type { Language } from '../i18n/types';

/** Why the data folder was opened read-only, and which files caused it. */
export interface ReadOnlyState {
  reason: string;
  files: { file: string; problem: string }[];
}

/** What the renderer needs to know before it draws anything. */
export interface AppState {
  /** Language actually in use (the preference, or the system language when there is none). */
  language: Language;
  /** The user's explicit choice; `null` means "follow the system". */
  languagePreference: Language | null;
  systemLanguage: Language;
  dataDir: string;
  readOnly: ReadOnlyState | null;
  /**
   * Problems that did not stop the data from opening (e.g. the start-up backup failed):
   * `code` is a key in the `errors` namespace, translated with `params`. Empty when all is well.
   */
  warnings: { code: string; params: Record<string, string | number> }[];
  /** True until the first-run center setup has been saved. */
  needsSetup: boolean;
  version: string;
}

/** One rolling backup in `<data>/backups/`. */
export interface BackupInfo {
  /** Bare file name, e.g. `2026-11-02T08-00-00Z.care-backup.json.gz`; the id used to restore it. */
  file: string;
  size: number;
  createdAt: string;
  /** Why it was taken: 'start' | 'daily' | 'manual' | 'before-migration' | 'before-restore'. */
  reason: string;
}

export type {
  AbilityPreview,
  AbilityPreviewAdjustment,
  DueEntry,
  ExportedFile,
  ImportCommitResult,
  ImportFieldKey,
  ImportMapping,
  ImportPreview,
  ImportProblem,
  ImportRow,
  PeopleFilter,
  PeoplePage,
  PeopleSortField,
  PersonDetail,
  PersonFormInput,
  PersonListItem,
  PersonPhoto,
  PersonStatus,
  ReassessmentStatus,
  SavedImportMapping,
  SetPhotoInput,
} from './people';
