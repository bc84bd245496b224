/** react-query cache keys, one place so invalidation cannot drift from the queries. */
export const queryKeys = {
  appState: ['app', 'state'] as const,
  center: ['center'] as const,
  settings: ['settings'] as const,
  backups: ['backups'] as const,
};
