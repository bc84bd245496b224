export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/**
 * One message in both languages, side by side: `[zh-CN, en]`. A tuple rather
 * than `{ zh, en }` so that a leaf can never be mistaken for a branch whose
 * keys happen to be language names, and so that a missing language is a type error.
 */
export type Bilingual = readonly [zhCN: string, en: string];

/** A feature's messages under one namespace; leaves are i18next strings ({{name}} interpolation). */
export interface StringTree {
  readonly [key: string]: Bilingual | StringTree;
}

/**
 * What a feature file in shared/i18n exports: namespace → its part of that
 * namespace. Several features may add to one namespace (each feature puts its
 * error messages under `errors`, say); their keys must not overlap.
 */
export type FeatureStrings = Readonly<Record<string, StringTree>>;

/** A nested message tree in one language: what i18next and `translate` read. */
export interface Messages {
  [key: string]: string | Messages;
}
export type Catalogue = Record<Language, Messages>;

export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return DEFAULT_LANGUAGE;
}
