/** Paths of the audit viewer. */
export const auditPaths = {
  audit: '/audit',
} as const;
