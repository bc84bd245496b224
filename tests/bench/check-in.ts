/** The record one day-care check-in writes: the same shape in the store and in the lowdb baseline. */
export function checkInRecord(i: number, personId: string, date: string): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    id: `bench-checkin-${String(i).padStart(6, '0')}`,
    createdAt: now,
    updatedAt: now,
    personId,
    date,
    checkIn: '08:05',
    checkOut: null,
    meals: { breakfast: false, lunch: true, dinner: false },
    transport: 'none',
  };
}

export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
