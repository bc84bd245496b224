/**
 * GB 38600-2019 service-safety risk assessment: nine risks, each graded; any
 * grade above "low" needs written control measures.
 */
export const RISK_CODES = [
  'choking', // 噎食
  'wrongIngestion', // 食品药品误食
  'pressureSore', // 压疮
  'scald', // 烫伤
  'fallFromBed', // 坠床
  'fall', // 跌倒
  'wandering', // 走失
  'harm', // 他伤和自伤
  'activityAccident', // 文娱活动意外
] as const;
export type RiskCode = (typeof RISK_CODES)[number];

export const RISK_GRADES = ['none', 'low', 'medium', 'high'] as const;
export type RiskGrade = (typeof RISK_GRADES)[number];

export function gradeNeedsMeasures(grade: RiskGrade): boolean {
  return grade === 'medium' || grade === 'high';
}

export function riskLabelKey(code: RiskCode): `domain:risk.${RiskCode}` {
  return `domain:risk.${code}`;
}

/** The example of control measures for `code` (each risk has its own: wandering is not prevented by cutting food small). */
export function riskMeasuresExampleKey(code: RiskCode): `domain:riskMeasuresExample.${RiskCode}` {
  return `domain:riskMeasuresExample.${code}`;
}

export interface RiskEntry {
  grade: RiskGrade;
  measures?: string | null | undefined;
}

/** Risks graded above low whose measures are missing or blank. */
export function risksMissingMeasures(risks: Partial<Record<RiskCode, RiskEntry>>): RiskCode[] {
  return RISK_CODES.filter((code) => {
    const entry = risks[code];
    return entry !== undefined && gradeNeedsMeasures(entry.grade) && !entry.measures?.trim();
  });
}
