/**
 * Dates as staff type them or as spreadsheets hold them: 1950-03-08, 1950-3-8,
 * 1950/3/8, 1950.3.8, 1950年3月8日, 19500308, or an ISO date-time
 * (1950-03-08T00:00:00Z, what a date cell may turn into). The import and the date
 * fields of the forms read dates with this one function, so what one accepts the
 * other accepts too.
 */
import { isIsoDate } from './dates';

const pad = (n: string) => n.padStart(2, '0');

const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * 'YYYY-MM-DD', or null when `raw` is not a real calendar date in one of the
 * accepted forms. A two-digit year (50-1-1) is refused: 1950 or 2050 cannot be told apart.
 */
export function parseDateInput(raw: string): string | null {
  const text = raw.trim();
  const m = SEPARATED.exec(text) ?? COMPACT.exec(text) ?? ISO_DATE_TIME.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${pad(m[2] as string)}-${pad(m[3] as string)}`;
  return isIsoDate(iso) ? iso : null;
}
