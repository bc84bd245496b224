/** Paths of the pages that exist, so links and the menu cannot drift apart. */
export const routes = {
  home: '/',
  settings: '/settings',
  /** Settings, scrolled to the backups card (the read-only notice's way out). */
  settingsBackups: '/settings?section=backups',
  people: '/people',
  personNew: '/people/new',
  peopleImport: '/people/import',
  reassessmentDue: '/assessments/due',
  person: (id: string) => `/people/${id}`,
  personEdit: (id: string) => `/people/${id}/edit`,
  assessAbility: (id: string) => `/people/${id}/assess/ability`,
  assessRisk: (id: string) => `/people/${id}/assess/risk`,
  /** Print pages live outside the app frame: no sidebar or header on paper. */
  printPerson: (id: string) => `/print/people/${id}`,
  printAbility: (id: string, assessmentId: string) => `/print/people/${id}/assessments/${assessmentId}`,
} as const;
