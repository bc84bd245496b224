/** What features may use of the app itself: its state, language switch, paths and the feature types. */
export { appKeys, useAppState, useReadOnly, useSetLanguage } from './queries';
export { appPaths } from './paths';
export { BOARD_ROOT, SHOWS_OWN_ERRORS } from './create-query-client';
export { LanguageSwitch } from './language-switch';
export { lazyComponent } from './lazy-component';
export { routeNeeds } from './feature';
export type { Feature, NavEntry, RouteHandle } from './feature';
