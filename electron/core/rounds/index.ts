/**
 * What handovers, the board and the checks may use from rounds: the services'
 * dependencies, month reads, the residents of an area, and the slot and
 * patrol-night answers by the plan.
 */
export { careDeps, localNow } from './deps';
export type { CareDeps } from './deps';
export { nextDay, recordsBetween } from './read';
export { bedsOfArea, expectedRows, occupancyInArea } from './area';
export { roundsAt, slotsBetween } from './rounds-service';
export { patrolNightsOf } from './patrols-service';
