/** Paths of the elders' pages, so links and the menu cannot drift apart. */
export const peoplePaths = {
  people: '/people',
  personNew: '/people/new',
  peopleImport: '/people/import',
  person: (id: string) => `/people/${id}`,
  personEdit: (id: string) => `/people/${id}/edit`,
  /** Print pages live outside the app frame: no sidebar or header on paper. */
  printPerson: (id: string) => `/print/people/${id}`,
} as const;
