/** The app frame: what the renderer needs before it draws anything, and the interface language. */
import { z } from 'zod';
import { LANGUAGES } from '../i18n/types';
import type { Language } from '../i18n/types';
import { defineChannels, none, returns } from './define';

/** Why the data folder was opened read-only, and which files caused it. */
export interface ReadOnlyState {
  reason: string;
  files: { file: string; problem: string }[];
}

/** What the renderer needs to know before it draws anything. */
/** A problem that did not stop the data from opening, as the window shows it. */
export interface StoreWarningInfo {
  code: string;
  params: Record<string, string | number>;
}

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
  warnings: StoreWarningInfo[];
  /** True until the first-run center setup has been saved. */
  needsSetup: boolean;
  version: string;
}

export const SetLanguageSchema = z.strictObject(
  { language: z.enum(LANGUAGES, { message: 'ipc.argument.language' }).nullable() },
  { message: 'ipc.argument.object' },
);

export const appChannels = defineChannels('app', {
  'app.getState': { input: none, output: returns<AppState>(), permission: 'public' },
  'app.setLanguage': { input: SetLanguageSchema, output: returns<AppState>(), permission: 'public' },
});
