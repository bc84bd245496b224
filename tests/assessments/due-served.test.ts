import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addMonths, toIsoDate } from '../../shared/domain/dates';
import type { Enrollment } from '../../shared/schema';
import { openTestApp, personInput, scoresAll } from '../people/helpers';
import type { TestApp } from '../people/helpers';

function daysFromToday(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return toIsoDate(d);
}

/** Gives a person (created without services) one enrollment over [from, to], as the demo's history does. */
async function setEnrollment(app: TestApp, personId: string, from: string, to: string | null) {
  await app.session.store.mutate({ actor: 'test', action: 'test.enrollment' }, (tx) => {
    const at = new Date().toISOString();
    const record: Enrollment = {
      id: `enr-${personId}`,
      createdAt: at,
      updatedAt: at,
      personId,
      service: 'residential',
      from,
      to,
    };
    tx.put('core', 'enrollments', record);
  });
}

function ability(personId: string, date: string) {
  return {
    personId,
    standard: 'GB/T 42195-2022' as const,
    date,
    reason: 'routine' as const,
    assessors: ['王芳', '李强'] as [string, string],
    scores: scoresAll((_code, max) => max),
    factors: { coma: false, dementia: false, psychiatric: false, riskEvents30d: {} },
    notes: '',
  };
}

function riskInput(personId: string, date: string) {
  return {
    personId,
    date,
    reason: 'routine' as const,
    assessor: '王芳',
    notes: '',
    risks: {
      choking: { grade: 'none' as const },
      wrongIngestion: { grade: 'none' as const },
      pressureSore: { grade: 'none' as const },
      scald: { grade: 'none' as const },
      fallFromBed: { grade: 'none' as const },
      fall: { grade: 'none' as const },
      wandering: { grade: 'none' as const },
      harm: { grade: 'none' as const },
      activityAccident: { grade: 'none' as const },
    },
  };
}

describe('the due list holds exactly the elders served today', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('leaves out elders whose service ended and keeps every served elder whose interval ran out', async () => {
    const add = async (name: string, seq: string) =>
      (await app.ok('people.create', personInput(name, '19400101', seq, { services: [] }))).id;
    const ended = await add('服务已结束', '011');
    const endsLater = await add('年底结束', '013');
    const endsToday = await add('今天结束', '015');
    const notYet = await add('下月入住', '017');
    const never = await add('从未入住', '019');
    const overdue = addMonths(daysFromToday(0), -13);
    for (const id of [ended, endsLater, endsToday, notYet, never]) {
      await app.ok('assessments.saveAbility', ability(id, overdue));
      await app.ok('assessments.saveRisk', riskInput(id, overdue));
    }
    await setEnrollment(app, ended, '2020-01-01', daysFromToday(-1));
    await setEnrollment(app, endsLater, '2020-01-01', daysFromToday(60));
    await setEnrollment(app, endsToday, '2020-01-01', daysFromToday(0));
    await setEnrollment(app, notYet, daysFromToday(30), null);

    const due = await app.ok('assessments.due', undefined);
    expect(due.map((d) => d.personId).sort()).toEqual([endsLater, endsToday].sort());
    for (const entry of due) {
      expect(entry.reasons).toEqual(['people.reassessment.interval']);
      expect(entry.riskReasons).toEqual(['people.reassessment.riskInterval']);
      expect(entry.riskDueDate).toBe(addMonths(overdue, 6));
    }
    const listed = await app.ok('people.list', { reassessmentDue: true });
    expect(listed.items.map((i) => i.id).sort()).toEqual([endsLater, endsToday].sort());
    expect((await app.ok('people.list', { riskReviewDue: true })).total).toBe(2);
    expect((await app.ok('people.get', { id: ended })).reassessmentDue.due).toBe(false);
  });

  it('asks for a first safety-risk review of an elder served today, and for a review when its interval ran out', async () => {
    const fresh = (
      await app.ok('people.create', personInput('新入住', '19400101', '021', { services: ['dayCare'] }))
    ).id;
    const old = (
      await app.ok('people.create', personInput('老住户', '19400101', '023', { services: ['dayCare'] }))
    ).id;
    for (const id of [fresh, old]) await app.ok('assessments.saveAbility', ability(id, daysFromToday(-10)));
    await app.ok('assessments.saveRisk', riskInput(old, addMonths(daysFromToday(0), -7)));
    const due = await app.ok('assessments.due', undefined);
    const byId = Object.fromEntries(due.map((d) => [d.personId, d]));
    expect(byId[fresh]?.riskReasons).toEqual(['people.reassessment.riskNever']);
    expect(byId[fresh]?.reasons).toEqual([]);
    expect(byId[old]?.riskReasons).toEqual(['people.reassessment.riskInterval']);
    await app.ok('assessments.saveRisk', riskInput(old, daysFromToday(0)));
    const after = await app.ok('assessments.due', undefined);
    expect(after.map((d) => d.personId)).not.toContain(old);
    expect((await app.ok('people.get', { id: fresh })).riskReviewDue).toEqual({
      due: true,
      reasons: ['people.reassessment.riskNever'],
    });
  });
});
