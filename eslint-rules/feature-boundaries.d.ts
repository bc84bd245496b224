import type { ESLint } from 'eslint';

/** The `care` plugin with its one rule, `feature-boundaries` (see feature-boundaries.js). */
declare const plugin: ESLint.Plugin & { rules: NonNullable<ESLint.Plugin['rules']> };
export default plugin;
