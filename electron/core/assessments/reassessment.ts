/**
 * When a person's ability or safety risks should be assessed again. Kept deliberately simple:
 *
 * - only people served today: status active and an enrollment covering today (from ≤ today,
 *   no end or an end on or after today). Someone whose service ended is no longer the
 *   center's to assess, however old the last assessment;
 * - never assessed: due (everyone served needs a first assessment);
 * - the interval from settings (`reassessmentMonths`, default 12) has run out since the latest assessment;
 * - two or more risk events (falls, choking, suicide, self-harm, wandering) in the last
 *   30 days that happened after the latest assessment: the level may have changed (GB/T 42195 5.3);
 * - a dementia or psychiatric diagnosis is now on the person's health record that the
 *   latest assessment did not take into account.
 *
 * Safety-risk reviews (GB 38600) follow the same served-today rule, with their own interval
 * (`riskReassessmentMonths`, default 6).
 *
 * Reasons are i18n codes in the `errors` namespace.
 */
import { addMonths } from '../../../shared/domain/dates';
import type { AbilityAssessment, Enrollment, Person, RiskAssessment } from '../../../shared/schema';
import type { ReassessmentStatus } from '../../../shared/ipc/people';
import type { RiskEvent } from './risk-events';

export const REASSESSMENT_REASONS = {
  never: 'people.reassessment.never',
  interval: 'people.reassessment.interval',
  incidents: 'people.reassessment.incidents',
  healthChanged: 'people.reassessment.healthChanged',
  riskNever: 'people.reassessment.riskNever',
  riskInterval: 'people.reassessment.riskInterval',
} as const;

export const DEFAULT_REASSESSMENT_MONTHS = 12;
export const DEFAULT_RISK_REASSESSMENT_MONTHS = 6;

/** True when one of the enrollments covers `today` (the end day itself still counts). */
export function servedOn(enrollments: readonly Enrollment[] | undefined, today: string): boolean {
  return (enrollments ?? []).some((e) => e.from <= today && (e.to === null || e.to >= today));
}

export interface ReassessmentInput {
  person: Person;
  latest: AbilityAssessment | undefined;
  /** Risk events of the last 30 days. */
  events: readonly RiskEvent[];
  /** An enrollment covers today. */
  served: boolean;
  months: number;
  today: string;
}

const notDue = (): ReassessmentStatus => ({ due: false, reasons: [] });

export function reassessmentStatus(input: ReassessmentInput): ReassessmentStatus {
  const { person, latest, events, today } = input;
  if (person.status !== 'active' || !input.served) return notDue();
  const reasons: string[] = [];
  if (!latest) return { due: true, reasons: [REASSESSMENT_REASONS.never] };
  if (addMonths(latest.date, input.months) <= today) reasons.push(REASSESSMENT_REASONS.interval);
  if (events.filter((e) => e.date > latest.date).length >= 2) reasons.push(REASSESSMENT_REASONS.incidents);
  const health = person.health;
  if ((health.dementia && !latest.factors.dementia) || (health.psychiatric && !latest.factors.psychiatric)) {
    reasons.push(REASSESSMENT_REASONS.healthChanged);
  }
  return { due: reasons.length > 0, reasons };
}

export interface RiskReviewInput {
  person: Person;
  latest: RiskAssessment | undefined;
  served: boolean;
  months: number;
  today: string;
}

/** Whether the safety risks (GB 38600) are due for review: never assessed, or the interval has run out. */
export function riskReviewStatus(input: RiskReviewInput): ReassessmentStatus {
  const { person, latest, today } = input;
  if (person.status !== 'active' || !input.served) return notDue();
  if (!latest) return { due: true, reasons: [REASSESSMENT_REASONS.riskNever] };
  if (addMonths(latest.date, input.months) <= today)
    return { due: true, reasons: [REASSESSMENT_REASONS.riskInterval] };
  return notDue();
}

/** The day the interval runs out, or null before the first assessment. */
export function dueDate(latest: { date: string } | undefined, months: number): string | null {
  return latest ? addMonths(latest.date, months) : null;
}
