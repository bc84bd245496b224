import { describe, expect, it } from 'vitest';
import { RISK_CODES, gradeNeedsMeasures, risksMissingMeasures } from '../../shared/domain/risk';
import { RiskAssessmentInputSchema } from '../../shared/schema';

function allRisks(grade: 'none' | 'low' | 'medium' | 'high', measures?: string) {
  return Object.fromEntries(
    RISK_CODES.map((c) => [c, measures === undefined ? { grade } : { grade, measures }]),
  );
}

const base = {
  personId: 'person-0001',
  date: '2026-03-01',
  reason: 'admission',
  assessor: '王芳',
  notes: '',
};

describe('GB 38600 risk assessment', () => {
  it('lists nine risks', () => {
    expect(RISK_CODES).toHaveLength(9);
  });

  it('requires measures only above low', () => {
    expect(['none', 'low', 'medium', 'high'].map((g) => gradeNeedsMeasures(g as 'none'))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(
      risksMissingMeasures({ fall: { grade: 'high', measures: '  ' }, scald: { grade: 'low' } }),
    ).toEqual(['fall']);
  });

  it('accepts none/low without measures', () => {
    expect(RiskAssessmentInputSchema.safeParse({ ...base, risks: allRisks('low') }).success).toBe(true);
    expect(RiskAssessmentInputSchema.safeParse({ ...base, risks: allRisks('none') }).success).toBe(true);
  });

  it('refuses medium/high without measures, with the path to each risk', () => {
    const risks = {
      ...allRisks('none'),
      fall: { grade: 'high' },
      choking: { grade: 'medium', measures: ' ' },
    };
    const result = RiskAssessmentInputSchema.safeParse({ ...base, risks });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['risks.choking.measures', 'validation.risk.measuresRequired'],
      ['risks.fall.measures', 'validation.risk.measuresRequired'],
    ]);
  });

  it('accepts medium/high with measures', () => {
    const result = RiskAssessmentInputSchema.safeParse({
      ...base,
      risks: allRisks('high', '床栏，夜间两小时巡视一次'),
    });
    expect(result.success).toBe(true);
  });
});
