import { LANGUAGES } from '../../../shared/i18n/types';
import type { Language } from '../../../shared/i18n/types';
import type { CareStore } from '../care-store';

/**
 * The interface language: the center's choice saved in settings
 * (`settings.language`), else the system's. When the data folder is
 * read-only the choice is kept for this session only, so a user can still
 * switch language to read what went wrong.
 */
export interface LanguageState {
  current(): Language;
  preference(): Language | null;
  system(): Language;
  setPreference(language: Language | null, actor: string): Promise<void>;
  /** Call after anything that may have changed settings.language (fires onChange when it did). */
  refresh(): void;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function createLanguageState(options: {
  store: () => CareStore | null;
  system: Language;
  onChange?: (language: Language) => void;
}): LanguageState {
  let sessionChoice: { language: Language | null } | null = null;
  const preference = (): Language | null => {
    if (sessionChoice) return sessionChoice.language;
    const saved = options.store()?.core.settings.language;
    return isLanguage(saved) ? saved : null;
  };
  const current = (): Language => preference() ?? options.system;
  let last = current();
  const refresh = (): void => {
    const now = current();
    if (now !== last) {
      last = now;
      options.onChange?.(now);
    }
  };
  return {
    current,
    preference,
    system: () => options.system,
    refresh,
    async setPreference(language, actor) {
      const store = options.store();
      if (!store || store.readOnly) {
        sessionChoice = { language };
      } else {
        sessionChoice = null;
        await store.mutate({ actor, action: 'settings.language', summary: language ?? 'system' }, (tx) => {
          tx.set('settings', { ...tx.core.settings, language, updatedAt: new Date().toISOString() });
        });
      }
      refresh();
    },
  };
}
