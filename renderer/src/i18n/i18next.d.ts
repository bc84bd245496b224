import 'i18next';
import type { Resources } from '../../../shared/i18n';

/**
 * Tells i18next's types what the catalogues in shared/i18n hold, so that every
 * `t('…')` key (template-literal keys too) is checked by `tsc`: a misspelt or
 * missing key is a type error, not a raw key on the screen.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
    returnNull: false;
  }
}
