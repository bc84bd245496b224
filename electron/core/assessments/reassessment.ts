/**
 * When a person's ability should be assessed again. Kept deliberately simple:
 *
 * - only people whose status is active;
 * - never assessed: due when enrolled in a service (everyone served needs a first assessment);
 * - the interval from settings (`reassessmentMonths`, default 12) has run out since the latest assessment;
 * - two or more risk events (falls, choking, suicide, self-harm, wandering) in the last
 *   30 days that happened after the latest assessment: the level may have changed (GB/T 42195 5.3);
 * - a dementia or psychiatric diagnosis is now on the person's health record that the
 *   latest assessment did not take into account.
 *
 * Reasons are i18n codes in the `errors` namespace.
 */
import { addMonths } from '../../../shared/domain/dates';
import type { AbilityAssessment, Person } from '../../../shared/schema';
import type { ReassessmentStatus } from '../../../shared/ipc/people';
import type { RiskEvent } from './risk-events';

export const REASSESSMENT_REASONS = {
  never: 'people.reassessment.never',
  interval: 'people.reassessment.interval',
  incidents: 'people.reassessment.incidents',
  healthChanged: 'people.reassessment.healthChanged',
} as const;

export const DEFAULT_REASSESSMENT_MONTHS = 12;

export interface ReassessmentInput {
  person: Person;
  latest: AbilityAssessment | undefined;
  /** Risk events of the last 30 days. */
  events: readonly RiskEvent[];
  enrolled: boolean;
  months: number;
  today: string;
}

export function reassessmentStatus(input: ReassessmentInput): ReassessmentStatus {
  const { person, latest, events, today } = input;
  const reasons: string[] = [];
  if (person.status !== 'active') return { due: false, reasons };
  if (!latest) {
    if (input.enrolled) reasons.push(REASSESSMENT_REASONS.never);
    return { due: reasons.length > 0, reasons };
  }
  if (addMonths(latest.date, input.months) <= today) reasons.push(REASSESSMENT_REASONS.interval);
  if (events.filter((e) => e.date > latest.date).length >= 2) reasons.push(REASSESSMENT_REASONS.incidents);
  const health = person.health;
  if ((health.dementia && !latest.factors.dementia) || (health.psychiatric && !latest.factors.psychiatric)) {
    reasons.push(REASSESSMENT_REASONS.healthChanged);
  }
  return { due: reasons.length > 0, reasons };
}

/** The day the interval runs out, or null before the first assessment. */
export function dueDate(latest: AbilityAssessment | undefined, months: number): string | null {
  return latest ? addMonths(latest.date, months) : null;
}
