/**
 * Calendar arithmetic on plain 'YYYY-MM-DD' strings in UTC, so the generated
 * history does not shift with the machine's time zone.
 */
const DAY_MS = 86_400_000;

export function parseDay(day: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${day}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (formatDay(date) !== day) throw new Error(`impossible date: ${day}`);
  return date;
}

export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return formatDay(new Date(parseDay(day).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);
}

export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-');
  const candidate = `${String(Number(y) + years).padStart(4, '0')}-${m}-${d}`;
  // 29 February in a non-leap year becomes 28 February.
  return candidate.endsWith('-02-29') && !isLeap(Number(y) + years)
    ? candidate.replace('-29', '-28')
    : candidate;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Day of week, 0 = Sunday. */
export function weekday(day: string): number {
  return parseDay(day).getUTCDay();
}

export function isWorkingDay(day: string): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6;
}

export function periodOf(day: string): string {
  return day.slice(0, 7);
}

/** ISO timestamp at a given local-looking hour and minute of a day (stored as UTC+8 wall time). */
export function at(day: string, hour: number, minute = 0): string {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return new Date(`${day}T${hh}:${mm}:00+08:00`).toISOString();
}

export function* eachDay(from: string, toInclusive: string): Generator<string> {
  for (let day = from; day <= toInclusive; day = addDays(day, 1)) yield day;
}
