import type { PersonDetail } from '../../../../../shared/ipc/people';
import type { PersonFactors } from './ability-form';

/** The record's diagnoses and the core's count of recent risk events. */
export function personFactors(detail: PersonDetail): PersonFactors {
  return {
    dementia: detail.person.health.dementia,
    psychiatric: detail.person.health.psychiatric,
    recentRiskEvents: detail.recentRiskEvents,
  };
}
