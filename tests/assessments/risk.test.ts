import { describe, expect, it } from 'vitest';
import {
  RISK_CODES,
  gradeNeedsMeasures,
  riskMeasuresExampleKey,
  risksMissingMeasures,
} from '../../shared/domain/risk';
import { translate } from '../../shared/i18n/translate';
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

describe('one example of control measures per risk', () => {
  it('gives each of the nine risks its own example in both languages; only choking shows the meal one', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const examples = RISK_CODES.map((code) => translate(language, riskMeasuresExampleKey(code)));
      expect(new Set(examples).size).toBe(RISK_CODES.length);
      for (const [i, text] of examples.entries())
        expect(text, RISK_CODES[i]).not.toContain('riskMeasuresExample');
    }
    const zh = (code: (typeof RISK_CODES)[number]) => translate('zh-CN', riskMeasuresExampleKey(code));
    expect(zh('choking')).toContain('进食时专人看护，食物切小块');
    for (const code of RISK_CODES.filter((c) => c !== 'choking'))
      expect(zh(code)).not.toContain('食物切小块');
    expect(zh('wandering')).toMatch(/手环|出入口/);
  });
});
