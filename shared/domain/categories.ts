/**
 * Support categories a person can hold, several at once, each valid over a
 * date range. Codes are stable ASCII; labels come from i18n `domain:category.<code>`.
 */
export const CATEGORY_CODES = [
  'extremePoorCentral', // 特困人员 集中供养
  'extremePoorDispersed', // 特困人员 分散供养
  'minimumLiving', // 低保
  'nearMinimumLiving', // 低保边缘
  'poorOldAge', // 经济困难高龄
  'poorDisabled', // 经济困难失能
  'familyPlanningSpecial', // 计划生育特殊家庭
  'leftBehind', // 留守老年人
  'emptyNest', // 空巢老人
  'ordinary', // 社会老人
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

export interface DatedCategory {
  category: CategoryCode;
  from: string;
  to?: string | null | undefined;
}

export function categoryLabelKey(code: CategoryCode): `domain:category.${CategoryCode}` {
  return `domain:category.${code}`;
}

/** True when the flag covers `date` ('YYYY-MM-DD'), both ends inclusive. */
export function isCategoryActive(flag: DatedCategory, date: string): boolean {
  return flag.from <= date && (flag.to == null || date <= flag.to);
}

export function activeCategories(flags: readonly DatedCategory[], date: string): CategoryCode[] {
  const out = new Set<CategoryCode>();
  for (const flag of flags) if (isCategoryActive(flag, date)) out.add(flag.category);
  return CATEGORY_CODES.filter((code) => out.has(code));
}

/** Both 特困 kinds count as "特困" in returns to civil affairs. */
export function isExtremePoor(code: CategoryCode): boolean {
  return code === 'extremePoorCentral' || code === 'extremePoorDispersed';
}
