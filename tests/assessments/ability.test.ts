import { describe, expect, it } from 'vitest';
import {
  ABILITY_DIMENSIONS,
  ABILITY_ITEMS,
  ABILITY_ITEM_CODES,
  type AbilityFactors,
  type AbilityItemCode,
  type AbilityScores,
  DIMENSION_MAX,
  classifyIcd10,
  dimensionScores,
  isAllowedScore,
  preliminaryLevel,
  scoreAbility,
} from '../../shared/domain/ability';

const NONE: AbilityFactors = { coma: false, dementia: false, psychiatric: false, riskEvents30d: {} };

function fullScores(): AbilityScores {
  return Object.fromEntries(ABILITY_ITEMS.map((i) => [i.code, i.max])) as AbilityScores;
}

/** Full marks minus `drop` points, taken from items in order. */
function scoresWithTotal(total: number): AbilityScores {
  const scores = fullScores();
  let drop = 90 - total;
  for (const item of ABILITY_ITEMS) {
    const take = Math.min(drop, item.max);
    scores[item.code] = item.max - take;
    drop -= take;
  }
  return scores;
}

describe('ability items (GB/T 42195-2022)', () => {
  it('has 26 items split 8/4/9/5 with maxima 32/15/28/15 and total 90', () => {
    expect(ABILITY_ITEMS).toHaveLength(26);
    const counts = Object.fromEntries(
      ABILITY_DIMENSIONS.map((d) => [d, ABILITY_ITEMS.filter((i) => i.dimension === d).length]),
    );
    expect(counts).toEqual({ selfCare: 8, motor: 4, mental: 9, perception: 5 });
    expect(dimensionScores(fullScores())).toEqual(DIMENSION_MAX);
    expect(DIMENSION_MAX).toEqual({ selfCare: 32, motor: 15, mental: 28, perception: 15 });
  });

  it('knows the items with short scales', () => {
    const max = (code: AbilityItemCode) => ABILITY_ITEMS.find((i) => i.code === code)?.max;
    expect([
      max('B.2.4'),
      max('B.3.7'),
      max('B.3.8'),
      max('B.3.9'),
      max('B.4.1'),
      max('B.4.2'),
      max('B.4.4'),
    ]).toEqual([3, 1, 1, 2, 2, 2, 3]);
    expect(isAllowedScore('B.2.4', 3)).toBe(true);
    expect(isAllowedScore('B.2.4', 4)).toBe(false);
    expect(isAllowedScore('B.1.1', -1)).toBe(false);
    expect(isAllowedScore('B.1.1', 2.5)).toBe(false);
  });

  it('gives one option per allowed score, best first', () => {
    for (const item of ABILITY_ITEMS) {
      expect(item.options.map((o) => o.score)).toEqual(
        Array.from({ length: item.max + 1 }, (_, i) => item.max - i),
      );
    }
  });

  it('scores each dimension from its own items, at max and at zero', () => {
    for (const dim of ABILITY_DIMENSIONS) {
      const scores = fullScores();
      for (const item of ABILITY_ITEMS) if (item.dimension === dim) scores[item.code] = 0;
      const dims = dimensionScores(scores);
      expect(dims[dim]).toBe(0);
      for (const other of ABILITY_DIMENSIONS)
        if (other !== dim) expect(dims[other]).toBe(DIMENSION_MAX[other]);
    }
    const zero = Object.fromEntries(ABILITY_ITEM_CODES.map((c) => [c, 0])) as AbilityScores;
    expect(scoreAbility(zero, NONE)).toMatchObject({ total: 0, preliminaryLevel: 4, finalLevel: 4 });
    expect(scoreAbility(fullScores(), NONE)).toMatchObject({ total: 90, preliminaryLevel: 0, finalLevel: 0 });
  });
});

describe('preliminary level bands', () => {
  it.each([
    [90, 0],
    [89, 1],
    [66, 1],
    [65, 2],
    [46, 2],
    [45, 3],
    [30, 3],
    [29, 4],
    [0, 4],
  ])('total %i → level %i', (total, level) => {
    expect(preliminaryLevel(total)).toBe(level);
    const result = scoreAbility(scoresWithTotal(total), NONE);
    expect(result.total).toBe(total);
    expect(result.preliminaryLevel).toBe(level);
    expect(result.finalLevel).toBe(level);
    expect(result.adjustments).toEqual([]);
  });
});

describe('adjustments', () => {
  const level2 = scoresWithTotal(50);

  it('coma sets level 4 directly, even without scores', () => {
    expect(scoreAbility(null, { ...NONE, coma: true })).toEqual({
      dimensions: null,
      total: null,
      preliminaryLevel: null,
      finalLevel: 4,
      adjustments: [{ kind: 'coma', reasons: ['coma'], from: null, to: 4 }],
    });
    const scored = scoreAbility(fullScores(), { ...NONE, coma: true, dementia: true });
    expect(scored.finalLevel).toBe(4);
    expect(scored.adjustments).toEqual([{ kind: 'coma', reasons: ['coma'], from: 0, to: 4 }]);
  });

  it('refuses to score without scores unless in a coma', () => {
    expect(() => scoreAbility(null, NONE)).toThrow();
  });

  it.each([
    ['dementia', { dementia: true }],
    ['psychiatric', { psychiatric: true }],
    ['riskEvents', { riskEvents30d: { fall: 1, wandering: 1 } }],
  ] as const)('%s raises one level', (reason, factor) => {
    const result = scoreAbility(level2, { ...NONE, ...factor });
    expect(result.preliminaryLevel).toBe(2);
    expect(result.finalLevel).toBe(3);
    expect(result.adjustments).toEqual([{ kind: 'raiseOne', reasons: [reason], from: 2, to: 3 }]);
  });

  it('needs two or more risk events, counted across types', () => {
    expect(scoreAbility(level2, { ...NONE, riskEvents30d: { choking: 1 } }).finalLevel).toBe(2);
    expect(scoreAbility(level2, { ...NONE, riskEvents30d: { suicide: 1, selfHarm: 1 } }).finalLevel).toBe(3);
    expect(scoreAbility(level2, { ...NONE, riskEvents30d: { fall: 2 } }).finalLevel).toBe(3);
  });

  it('raises only one level however many reasons apply', () => {
    const result = scoreAbility(level2, {
      coma: false,
      dementia: true,
      psychiatric: true,
      riskEvents30d: { fall: 3 },
    });
    expect(result.finalLevel).toBe(3);
    expect(result.adjustments).toEqual([
      { kind: 'raiseOne', reasons: ['dementia', 'psychiatric', 'riskEvents'], from: 2, to: 3 },
    ]);
  });

  it('never goes above level 4', () => {
    const result = scoreAbility(scoresWithTotal(10), { ...NONE, dementia: true });
    expect(result.preliminaryLevel).toBe(4);
    expect(result.finalLevel).toBe(4);
    expect(result.adjustments[0]).toMatchObject({ from: 4, to: 4 });
  });

  it('raises level 0 to 1', () => {
    expect(scoreAbility(fullScores(), { ...NONE, psychiatric: true }).finalLevel).toBe(1);
  });
});

describe('classifyIcd10', () => {
  it('splits F00-F03 dementia from F04-F99 psychiatric', () => {
    expect(classifyIcd10('F00.1')).toBe('dementia');
    expect(classifyIcd10('f03')).toBe('dementia');
    expect(classifyIcd10('F04')).toBe('psychiatric');
    expect(classifyIcd10('F99')).toBe('psychiatric');
    expect(classifyIcd10('I63.9')).toBeNull();
  });
});
