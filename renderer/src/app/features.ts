import type { Feature } from './feature';
import { appFeature } from './app-feature';
import { centerFeature } from '../features/center';
import { peopleFeature } from '../features/people';
import { assessmentsFeature } from '../features/assessments';
import { settingsFeature } from '../features/settings';
import { backupsFeature } from '../features/backups';
import { staffFeature } from '../features/staff';
import { usersFeature } from '../features/users';
import { auditFeature } from '../features/audit';
import { bedsFeature } from '../features/beds';
import { handoversFeature } from '../features/handovers';
import { incidentsFeature } from '../features/incidents';
import { careBoardFeature } from '../features/care-board';
import { roundsFeature } from '../features/rounds';
import { rostersFeature } from '../features/rosters';

/**
 * The route table: every feature, once. Its routes, print pages and sidebar
 * entries come from its index.ts; the sidebar lists the entries in this order.
 * Adding a feature is one line here.
 */
export const FEATURES: readonly Feature[] = [
  appFeature,
  centerFeature,
  peopleFeature,
  careBoardFeature,
  bedsFeature,
  roundsFeature,
  handoversFeature,
  incidentsFeature,
  assessmentsFeature,
  staffFeature,
  rostersFeature,
  auditFeature,
  usersFeature,
  settingsFeature,
  backupsFeature,
];
