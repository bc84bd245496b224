import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths, toIsoDate } from '../../shared/domain/dates';
import { periodOfDate } from '../../shared/domain/period';
import { RISK_CODES } from '../../shared/domain/risk';
import type { RiskCode, RiskGrade } from '../../shared/domain/risk';
import { validSettingsInput } from '../ipc/helpers';
import { openTestApp, personInput, scoresAll } from '../people/helpers';
import type { TestApp } from '../people/helpers';
import { emptyHealth } from '../../shared/schema';

function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return toIsoDate(d);
}

/** Scores adding up to `total`, filled item by item. */
function scoresTotal(total: number) {
  let left = total;
  return scoresAll((_code, max) => {
    const v = Math.min(max, left);
    left -= v;
    return v;
  });
}

function abilityInput(
  personId: string,
  total: number,
  date = daysAgo(0),
  extra: Record<string, unknown> = {},
) {
  return {
    personId,
    standard: 'GB/T 42195-2022' as const,
    date,
    reason: 'routine' as const,
    assessors: ['王芳', '李强'] as [string, string],
    scores: scoresTotal(total),
    factors: { coma: false, dementia: false, psychiatric: false, riskEvents30d: {} },
    notes: '',
    ...extra,
  };
}

let incidentCount = 0;
async function addIncident(app: TestApp, personId: string, date: string, category: string, voided = false) {
  const at = new Date().toISOString();
  incidentCount += 1;
  await app.session.store.mutate({ actor: 'test', action: 'careLogs.incident' }, (tx) => {
    tx.put(
      { kind: 'careLogs', period: periodOfDate(date) },
      {
        id: `incident-${String(incidentCount).padStart(4, '0')}`,
        createdAt: at,
        updatedAt: at,
        date,
        type: 'incident',
        category,
        personIds: [personId],
        occurredTime: '09:30',
        description: '在走廊摔倒',
        actionTaken: '',
        place: '',
        staffIds: [],
        hospital: null,
        familyNotification: null,
        review: null,
        closed: null,
        ...(voided ? { voided: { at, by: 'test', reason: '记错了人' } } : {}),
      },
    );
  });
}

describe('ability assessments', () => {
  let app: TestApp;
  let personId: string;
  beforeEach(async () => {
    app = await openTestApp();
    personId = (
      await app.ok('people.create', personInput('张三丰', '19400312', '011', { services: ['residential'] }))
    ).id;
  });
  afterEach(async () => {
    await app.close();
  });

  it('recomputes the result on save and ignores totals sent by the client', async () => {
    const forged = { ...abilityInput(personId, 90), result: { total: 5, finalLevel: 4 } };
    const saved = await app.ok('assessments.saveAbility', forged);
    expect(saved.result).toMatchObject({ total: 90, preliminaryLevel: 0, finalLevel: 0, adjustments: [] });
    expect(saved.result.dimensions).toEqual({ selfCare: 32, motor: 15, mental: 28, perception: 15 });
    const detail = await app.ok('people.get', { id: personId });
    expect(detail.currentLevel).toBe(0);
    expect(detail.abilityAssessments).toHaveLength(1);
  });

  it('raises the level by one for dementia on the health record, even if the form did not tick it', async () => {
    await app.ok('people.update', {
      id: personId,
      person: personInput('张三丰', '19400312', '011', {
        health: { ...emptyHealth(), diagnoses: [{ name: '阿尔茨海默病', icd10: 'F00' }], dementia: true },
      }),
    });
    const saved = await app.ok('assessments.saveAbility', abilityInput(personId, 70));
    expect(saved.result.preliminaryLevel).toBe(1);
    expect(saved.result.finalLevel).toBe(2);
    expect(saved.result.adjustments).toEqual([{ kind: 'raiseOne', reasons: ['dementia'], from: 1, to: 2 }]);
    expect(saved.factors.dementia).toBe(true);
  });

  it('raises the level for two risk events in the last 30 days from the care log; older or voided ones do not count', async () => {
    await addIncident(app, personId, daysAgo(40), 'fall');
    await addIncident(app, personId, daysAgo(3), 'fall', true);
    await addIncident(app, personId, daysAgo(5), 'scald');
    await addIncident(app, personId, daysAgo(10), 'fall');
    const one = await app.ok('assessments.previewAbility', { personId, input: { scores: scoresTotal(70) } });
    expect(one.riskEventTotal).toBe(1);
    expect(one.finalLevel).toBe(1);

    await addIncident(app, personId, daysAgo(1), 'wandering');
    const preview = await app.ok('assessments.previewAbility', {
      personId,
      input: { scores: scoresTotal(70) },
    });
    expect(preview.factors.riskEvents30d).toMatchObject({ fall: 1, wandering: 1, choking: 0 });
    expect(preview.finalLevel).toBe(2);
    expect(preview.adjustments[0]).toMatchObject({
      kind: 'raiseOne',
      reasons: ['riskEvents'],
      reasonCode: 'domain:ability.adjustment.riskEvents',
    });

    const saved = await app.ok('assessments.saveAbility', abilityInput(personId, 70));
    expect(saved.result.finalLevel).toBe(2);
    expect(saved.factors.riskEvents30d).toMatchObject({ fall: 1, wandering: 1 });
  });

  it('previews a half-filled form, naming the items not scored yet', async () => {
    const preview = await app.ok('assessments.previewAbility', {
      personId,
      input: { scores: { 'B.1.1': 4, 'B.1.2': 4, 'B.1.3': null } },
    });
    expect(preview.complete).toBe(false);
    expect(preview.missingItems).toHaveLength(24);
    expect(preview.dimensions?.selfCare).toBe(8);
  });

  it('sets level 4 for a person in a coma without scores', async () => {
    const saved = await app.ok('assessments.saveAbility', {
      ...abilityInput(personId, 0),
      scores: null,
      factors: { coma: true, dementia: false, psychiatric: false, riskEvents30d: {} },
    });
    expect(saved.result).toMatchObject({ total: null, finalLevel: 4, adjustments: [{ kind: 'coma' }] });
  });

  it('refuses an assessment for an unknown person', async () => {
    const result = await app.call('assessments.saveAbility', abilityInput('nobody-at-all', 90));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('people.notFound');
  });
});

describe('risk assessments', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp('en');
  });
  afterEach(async () => {
    await app.close();
  });

  it('requires written measures above low and keeps the history newest first', async () => {
    const personId = (await app.ok('people.create', personInput('张三丰', '19400312', '011'))).id;
    const risks = Object.fromEntries(RISK_CODES.map((code) => [code, { grade: 'low' }])) as Record<
      RiskCode,
      { grade: RiskGrade; measures?: string }
    >;
    const base = {
      personId,
      date: daysAgo(30),
      reason: 'admission' as const,
      assessor: '王芳',
      risks,
      notes: '',
    };
    const missing = await app.call('assessments.saveRisk', {
      ...base,
      risks: { ...risks, fall: { grade: 'high' } },
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      const field = missing.error.fields?.find((f) => f.path === 'risks.fall.measures');
      expect(field?.code).toBe('validation.risk.measuresRequired');
      expect(field?.message).toMatch(/[a-z]/);
    }
    await app.ok('assessments.saveRisk', base);
    await app.ok('assessments.saveRisk', {
      ...base,
      date: daysAgo(1),
      reason: 'onChange',
      risks: { ...risks, fall: { grade: 'high', measures: '床边加护栏，夜间巡视' } },
    });
    const detail = await app.ok('people.get', { id: personId });
    expect(detail.riskAssessments.map((r) => r.reason)).toEqual(['onChange', 'admission']);
  });
});

describe('reassessment due', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('lists the never assessed, the overdue, those with incidents and those with a new diagnosis', async () => {
    const add = async (name: string, birth: string, seq: string, services: string[]) =>
      (await app.ok('people.create', personInput(name, birth, seq, { services }))).id;
    const never = await add('从未评估', '19400101', '011', ['dayCare']);
    await add('未入服务', '19400101', '013', []);
    const overdue = await add('早已过期', '19400101', '015', ['residential']);
    const incidents = await add('近期跌倒', '19400101', '017', ['residential']);
    const recent = await add('刚评估过', '19400101', '019', ['residential']);
    const diagnosed = await add('新增诊断', '19400101', '021', ['residential']);

    await app.ok('assessments.saveAbility', abilityInput(overdue, 70, addMonths(daysAgo(0), -13)));
    await app.ok('assessments.saveAbility', abilityInput(incidents, 70, daysAgo(20)));
    await app.ok('assessments.saveAbility', abilityInput(recent, 70, daysAgo(20)));
    await app.ok('assessments.saveAbility', abilityInput(diagnosed, 70, daysAgo(20)));
    // Fill the list caches first: the incidents and the new diagnosis below must still show.
    expect((await app.ok('people.list', { reassessmentDue: true })).total).toBe(2);
    await addIncident(app, incidents, daysAgo(25), 'fall'); // before the assessment: already taken into account
    await addIncident(app, incidents, daysAgo(10), 'fall');
    await addIncident(app, incidents, daysAgo(2), 'choking');
    await app.ok('people.update', {
      id: diagnosed,
      person: personInput('新增诊断', '19400101', '021', {
        health: { ...emptyHealth(), psychiatric: true },
      }),
    });

    // Nobody has a safety-risk assessment, so everyone served is due for one; look at ability reasons here.
    const due = (await app.ok('assessments.due', undefined)).filter((d) => d.reasons.length > 0);
    const byId = Object.fromEntries(due.map((d) => [d.personId, d.reasons]));
    expect(Object.keys(byId).sort()).toEqual([never, overdue, incidents, diagnosed].sort());
    expect(byId[never]).toEqual(['people.reassessment.never']);
    expect(byId[overdue]).toEqual(['people.reassessment.interval']);
    expect(byId[incidents]).toEqual(['people.reassessment.incidents']);
    expect(byId[diagnosed]).toEqual(['people.reassessment.healthChanged']);
    expect(due[0]?.personId).toBe(never);

    const detail = await app.ok('people.get', { id: overdue });
    expect(detail.reassessmentDue).toEqual({ due: true, reasons: ['people.reassessment.interval'] });
    expect((await app.ok('people.get', { id: recent })).reassessmentDue.due).toBe(false);
    expect((await app.ok('people.list', { reassessmentDue: true })).total).toBe(4);

    // A longer interval in settings: 13 months is no longer overdue.
    await app.ok('settings.save', { ...validSettingsInput(), reassessmentMonths: 24 });
    const later = await app.ok('assessments.due', undefined);
    expect(later.find((d) => d.personId === overdue)?.reasons).toEqual([]);
  });
});
