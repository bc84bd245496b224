/** Paths of the accounts pages. */
export const usersPaths = {
  users: '/users',
} as const;
