import { CareError } from '../../../shared/errors';
import { scoreAbility } from '../../../shared/domain/ability';
import { careEndDate } from '../../../shared/domain/end-of-care';
import type { AbilityResult } from '../../../shared/domain/ability';
import type { AbilityPreview, DueEntry } from '../../../shared/ipc/assessments';
import type { AbilityDraftSchema } from '../../../shared/ipc/assessments';
import type { z } from 'zod';
import type {
  AbilityAssessment,
  AbilityAssessmentInput,
  Person,
  RiskAssessment,
  RiskAssessmentInput,
} from '../../../shared/schema';
import { AbilityAssessmentInputSchema, RiskAssessmentInputSchema } from '../../../shared/schema';
import { newId } from '../../../shared/schema/common';
import { parseOrThrow } from '../store/schemas';
import { completeScores, mergeFactors, previewAbility } from './ability-factors';
import { dueDate } from './reassessment';
import { countByType, riskEventsByPerson } from './risk-events';
import type { ReadShard } from './risk-events';
import type { PeopleDeps } from '../people';

function findPerson(people: readonly Person[], id: string): Person {
  const person = people.find((p) => p.id === id);
  if (!person) throw new CareError('people.notFound', { id });
  return person;
}

/** An assessment dated after death or moving away describes nobody the center serves: refused. */
function assertInCareOn(person: Person, date: string): void {
  const end = careEndDate(person);
  if (end !== null && date > end) {
    throw new CareError('assessments.afterEndOfCare', { date: end }, [
      { path: 'date', code: 'assessments.afterEndOfCare', params: { date: end } },
    ]);
  }
}

/** For the audit summary; the mutation itself refuses an unknown person. */
function nameOf(deps: PeopleDeps, personId: string): string {
  return deps.store().core.people.find((p) => p.id === personId)?.name ?? personId;
}

async function loggedEvents(readShard: ReadShard, personId: string, date: string) {
  const events = await riskEventsByPerson(readShard, date);
  return countByType(events.get(personId) ?? []);
}

export async function previewAbilityFor(
  deps: PeopleDeps,
  personId: string,
  draft: z.output<typeof AbilityDraftSchema>,
): Promise<AbilityPreview> {
  const store = deps.store();
  const person = findPerson(store.core.people, personId);
  const date = draft.date ?? deps.view.today();
  const logged = await loggedEvents((k, p) => store.shard(k, p), personId, date);
  return previewAbility(draft.scores, mergeFactors(person, draft.factors, logged));
}

function legacyResult(level: AbilityAssessment['result']['finalLevel']): AbilityResult {
  return { dimensions: null, total: null, preliminaryLevel: null, finalLevel: level, adjustments: [] };
}

/** Saves an ability assessment; the result is always computed here from the scores and facts. */
export async function saveAbility(deps: PeopleDeps, raw: AbilityAssessmentInput): Promise<AbilityAssessment> {
  const input = parseOrThrow(AbilityAssessmentInputSchema, raw) as AbilityAssessmentInput;
  const at = (deps.now?.() ?? new Date()).toISOString();
  const summary = `${nameOf(deps, input.personId)} ${input.date}`;
  return deps
    .store()
    .mutate({ actor: deps.actor, action: 'assessments.saveAbility', summary }, async (tx) => {
      const person = findPerson(tx.core.people, input.personId);
      assertInCareOn(person, input.date);
      const logged = await loggedEvents((k, p) => tx.shard(k, p), person.id, input.date);
      const factors = mergeFactors(person, input.factors, logged);
      let result: AbilityResult;
      if (input.standard === 'MZ/T 039-2013' && input.legacyLevel !== undefined)
        result = legacyResult(input.legacyLevel);
      else if (input.scores === null) result = scoreAbility(null, factors);
      else result = scoreAbility(completeScores(input.scores).scores, factors);
      const record: AbilityAssessment = {
        ...input,
        factors,
        id: newId(),
        createdAt: at,
        updatedAt: at,
        result,
      };
      tx.put('core', 'abilityAssessments', record);
      return record;
    });
}

export async function saveRisk(deps: PeopleDeps, raw: RiskAssessmentInput): Promise<RiskAssessment> {
  const input = parseOrThrow(RiskAssessmentInputSchema, raw) as RiskAssessmentInput;
  const at = (deps.now?.() ?? new Date()).toISOString();
  const summary = `${nameOf(deps, input.personId)} ${input.date}`;
  return deps.store().mutate({ actor: deps.actor, action: 'assessments.saveRisk', summary }, (tx) => {
    assertInCareOn(findPerson(tx.core.people, input.personId), input.date);
    const record: RiskAssessment = { ...input, id: newId(), createdAt: at, updatedAt: at };
    tx.put('core', 'riskAssessments', record);
    return record;
  });
}

/**
 * Everyone served today whose ability assessment or safety-risk review is due: never
 * assessed first, then the longest overdue.
 */
export async function dueList(deps: PeopleDeps): Promise<DueEntry[]> {
  const { today, groups, events } = await deps.view.snapshot();
  const out: DueEntry[] = [];
  for (const person of deps.store().core.people) {
    const ability = groups.reassessment(person, events, today);
    const risk = groups.riskReview(person, today);
    if (!ability.due && !risk.due) continue;
    const latest = groups.latest.get(person.id);
    const latestRisk = groups.latestRisk(person.id);
    out.push({
      personId: person.id,
      name: person.name,
      lastDate: latest?.date ?? null,
      reasons: ability.reasons,
      dueDate: dueDate(latest, groups.months),
      currentLevel: latest?.result.finalLevel ?? null,
      riskReasons: risk.reasons,
      lastRiskDate: latestRisk?.date ?? null,
      riskDueDate: dueDate(latestRisk, groups.riskMonths),
    });
  }
  return out.sort(
    (a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.name.localeCompare(b.name, 'zh-CN'),
  );
}
