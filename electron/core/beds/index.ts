/**
 * What other parts of the core and the command line may use from beds and
 * stays: the occupancy of a day and the bed board, both by the census rule.
 */
export { occupancyRows } from './occupancy';
export type { OccupancyRow } from './occupancy';
export { buildBoard } from './board';
export { freeBeds } from './history';
export { Places, compareNames } from './places';
