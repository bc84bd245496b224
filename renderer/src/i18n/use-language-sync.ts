import { useEffect } from 'react';
import { pickLanguage } from '../../../shared/i18n';
import type { Language } from '../../../shared/i18n';
import { applyLanguage } from './apply-language';

/**
 * Keeps the screens in the language the app state reports (the saved choice,
 * else the system language). Until it is known, guess from the browser.
 */
export function useLanguageSync(language: Language | undefined): void {
  const wanted = language ?? pickLanguage(navigator.languages);
  useEffect(() => {
    void applyLanguage(wanted);
  }, [wanted]);
}
