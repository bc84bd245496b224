/** Paths of the app's own pages. */
export const appPaths = {
  home: '/',
} as const;
