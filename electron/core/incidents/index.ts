/** What the board may use from incidents: the open ones. */
export { openIncidents, OPEN_LOOKBACK_MONTHS } from './incidents-service';
