/** What the board and handovers may use from rosters: who works when, and today's cover. */
export { onDutyAt, rosteredOn, startingAt } from './on-duty';
export { coverOfRange } from './cover';
