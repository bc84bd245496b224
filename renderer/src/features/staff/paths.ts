/** Paths of the staff pages. */
export const staffPaths = {
  staff: '/staff',
  staffNew: '/staff/new',
  staffEdit: (id: string) => `/staff/${id}/edit`,
  shifts: '/staff/shifts',
} as const;
