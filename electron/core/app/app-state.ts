import type { AppState, ReadOnlyState } from '../../../shared/ipc/app';
import type { LanguageState } from './language';
import type { CareStore, StoreReadOnly } from '../care-store';

/** Store read-only info → the wire shape: every file with the problem found in it. */
export function describeReadOnly(readOnly: StoreReadOnly | null): ReadOnlyState | null {
  if (!readOnly) return null;
  return {
    reason: readOnly.reason,
    files: readOnly.files.map((entry) =>
      typeof entry === 'string'
        ? { file: entry, problem: readOnly.reason }
        : { file: entry.file, problem: entry.problem ?? entry.reason ?? readOnly.reason },
    ),
  };
}

export function appState(deps: {
  store: CareStore;
  dataDir: string;
  languages: LanguageState;
  version: string;
}): AppState {
  const { store, dataDir, languages, version } = deps;
  return {
    language: languages.current(),
    languagePreference: languages.preference(),
    systemLanguage: languages.system(),
    dataDir,
    readOnly: describeReadOnly(store.readOnly),
    warnings: store.warnings.map((warning) => ({ code: warning.code, params: { ...warning.params } })),
    // A folder that opened read-only may simply not have loaded its profile: that is no reason to run setup.
    needsSetup: store.core.center === null && store.readOnly === null,
    version,
  };
}
