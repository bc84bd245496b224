/**
 * The ways a date may be typed into a date box, as dayjs formats: the same forms
 * `parseDateInput` (shared/domain/date-input.ts) accepts from an import, so a clerk
 * can type 19500101, 1950/1/1, 1950.1.1, 1950年1月1日 or 1950-1-1. The first is the
 * one the box shows. dayjs parses strictly, so every mix of one- and two-digit
 * month and day is listed.
 */
export const SHOWN_DATE_FORMAT = 'YYYY-MM-DD';

const SEPARATORS: readonly [string, string, string][] = [
  ['-', '-', ''],
  ['/', '/', ''],
  ['.', '.', ''],
  ['[年]', '[月]', '[日]'],
];
const MONTHS = ['MM', 'M'];
const DAYS = ['DD', 'D'];

export const TYPED_DATE_FORMATS: string[] = [
  SHOWN_DATE_FORMAT,
  'YYYYMMDD',
  ...SEPARATORS.flatMap(([afterYear, afterMonth, afterDay]) =>
    MONTHS.flatMap((month) => DAYS.map((day) => `YYYY${afterYear}${month}${afterMonth}${day}${afterDay}`)),
  ).filter((format) => format !== SHOWN_DATE_FORMAT),
];
