/** Paths of the assessment pages. */
export const assessmentPaths = {
  reassessmentDue: '/assessments/due',
  assessAbility: (id: string) => `/people/${id}/assess/ability`,
  assessRisk: (id: string) => `/people/${id}/assess/risk`,
  /** Print pages live outside the app frame: no sidebar or header on paper. */
  printAbility: (id: string, assessmentId: string) => `/print/people/${id}/assessments/${assessmentId}`,
} as const;
