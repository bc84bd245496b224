import { activeCategories } from '../../../shared/domain/categories';
import { careEndDate, personAge } from '../../../shared/domain/end-of-care';
import type {
  AbilityAssessment,
  CoreDoc,
  Enrollment,
  Person,
  RiskAssessment,
  Service,
} from '../../../shared/schema';
import { SERVICES } from '../../../shared/schema';
import { groupBy } from '../group-by';
import type { AbilityLevelValue, PersonListItem, ReassessmentStatus } from '../../../shared/ipc/people';
import {
  DEFAULT_REASSESSMENT_MONTHS,
  DEFAULT_RISK_REASSESSMENT_MONTHS,
  reassessmentStatus,
  riskReviewStatus,
  servedOn,
} from '../assessments';
import type { RiskEvent } from '../assessments';

/** Newest first: by date, then by when it was written. */
export function newestFirst<T extends { date: string; createdAt: string }>(a: T, b: T): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

/** Services with an open enrollment (no end date), in the standard order. */
export function openServices(enrollments: readonly Enrollment[] | undefined): Service[] {
  const open = new Set((enrollments ?? []).filter((e) => e.to === null).map((e) => e.service));
  return SERVICES.filter((s) => open.has(s));
}

/** Per-person groupings of the core collections, computed once per core version. */
export class CoreGroups {
  readonly ability: Map<string, AbilityAssessment[]>;
  readonly latest = new Map<string, AbilityAssessment>();
  readonly risk: Map<string, RiskAssessment[]>;
  readonly enrollments: Map<string, Enrollment[]>;
  readonly months: number;
  readonly riskMonths: number;
  readonly villages: readonly string[];

  constructor(core: Readonly<CoreDoc>) {
    this.ability = groupBy(core.abilityAssessments, (a) => a.personId);
    for (const [personId, list] of this.ability) {
      list.sort(newestFirst);
      const current = list.find((a) => !a.voided);
      if (current) this.latest.set(personId, current);
    }
    this.risk = groupBy(core.riskAssessments, (a) => a.personId);
    for (const list of this.risk.values()) list.sort(newestFirst);
    this.enrollments = groupBy(core.enrollments, (e) => e.personId);
    this.months = core.settings.reassessmentMonths || DEFAULT_REASSESSMENT_MONTHS;
    this.riskMonths = core.settings.riskReassessmentMonths || DEFAULT_RISK_REASSESSMENT_MONTHS;
    this.villages = core.settings.villages;
  }

  level(personId: string): AbilityLevelValue | null {
    return this.latest.get(personId)?.result.finalLevel ?? null;
  }

  reassessment(person: Person, events: Map<string, RiskEvent[]>, today: string): ReassessmentStatus {
    return reassessmentStatus({
      person,
      latest: this.latest.get(person.id),
      events: events.get(person.id) ?? [],
      served: servedOn(this.enrollments.get(person.id), today),
      months: this.months,
      today,
    });
  }

  /** The latest safety-risk assessment (lists are sorted newest first). */
  latestRisk(personId: string): RiskAssessment | undefined {
    return this.risk.get(personId)?.[0];
  }

  riskReview(person: Person, today: string): ReassessmentStatus {
    return riskReviewStatus({
      person,
      latest: this.latestRisk(person.id),
      served: servedOn(this.enrollments.get(person.id), today),
      months: this.riskMonths,
      today,
    });
  }

  listItem(person: Person, events: Map<string, RiskEvent[]>, today: string): PersonListItem {
    return {
      id: person.id,
      name: person.name,
      sex: person.sex,
      birthDate: person.birthDate,
      age: personAge(person, today),
      endDate: careEndDate(person),
      idNumber: person.idNumber ?? null,
      village: person.village ?? null,
      phone: person.phone ?? null,
      services: openServices(this.enrollments.get(person.id)),
      status: person.status,
      categories: activeCategories(person.categories, today),
      abilityLevel: this.level(person.id),
      incomplete: person.incomplete,
      reassessmentDue: this.reassessment(person, events, today).due,
      riskReviewDue: this.riskReview(person, today).due,
      updatedAt: person.updatedAt,
    };
  }
}

/** Caches the groupings for the current core object (the store swaps it on every commit). */
export class CoreGroupsCache {
  private core: Readonly<CoreDoc> | null = null;
  private groups: CoreGroups | null = null;

  get(core: Readonly<CoreDoc>): CoreGroups {
    if (core !== this.core || !this.groups) {
      this.groups = new CoreGroups(core);
      this.core = core;
    }
    return this.groups;
  }
}
