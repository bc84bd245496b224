import type { TFunction } from 'i18next';
import type { RosterWarning } from '../../../../../shared/ipc/rosters';

/** A warning in words: "休息不足 12 小时（10 小时）". */
export function warningText(t: TFunction<'rostersUi'>, warning: RosterWarning): string {
  const values = { value: round(warning.value), limit: round(warning.limit) };
  switch (warning.kind) {
    case 'rest':
      return t('grid.warnings.rest', values);
    case 'daysInRow':
      return t('grid.warnings.daysInRow', values);
    case 'weekHours':
      return t('grid.warnings.weekHours', values);
    case 'monthOvertime':
      return t('grid.warnings.monthOvertime', values);
  }
}

/** Hours may carry halves (a 7.5-hour shift); more than one decimal is noise on a roster. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Warnings by `staffId|date`, for the cell markers. */
export function warningsByCell(warnings: readonly RosterWarning[]): Map<string, RosterWarning[]> {
  const out = new Map<string, RosterWarning[]>();
  for (const warning of warnings) {
    const key = cellKey(warning.staffId, warning.date);
    const list = out.get(key);
    if (list) list.push(warning);
    else out.set(key, [warning]);
  }
  return out;
}

export const cellKey = (staffId: string, date: string) => `${staffId}|${date}`;
