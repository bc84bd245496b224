/**
 * What other features of the core may use from the assessments: the reassessment rules and the
 * risk events counted from the care log (the elders' list shows both). Nothing else here is public.
 */
export {
  DEFAULT_REASSESSMENT_MONTHS,
  DEFAULT_RISK_REASSESSMENT_MONTHS,
  reassessmentStatus,
  riskReviewStatus,
  servedOn,
} from './reassessment';
export { countByType, readRiskShards, riskEventsIn } from './risk-events';
export type { RiskEvent } from './risk-events';
