import type { Feature } from '../../../shared/ipc/contract';
import { appHandlers } from '../app/handlers';
import { assessmentsHandlers } from '../assessments/handlers';
import { auditHandlers } from '../audit/handlers';
import { authHandlers } from '../auth/handlers';
import { backupsHandlers } from '../backups/handlers';
import { bedsHandlers } from '../beds/handlers';
import { boardHandlers } from '../board/handlers';
import { centerHandlers } from '../center/handlers';
import { handoversHandlers } from '../handovers/handlers';
import { incidentsHandlers } from '../incidents/handlers';
import { peopleHandlers } from '../people/handlers';
import { rostersHandlers } from '../rosters/handlers';
import { roundsHandlers } from '../rounds/handlers';
import { settingsHandlers } from '../settings/handlers';
import { staffHandlers } from '../staff/handlers';
import { usersHandlers } from '../users/handlers';
import type { FeatureHandlers, HandlerContext, HandlerTable } from './handler-table';

export type { HandlerContext, HandlerTable } from './handler-table';

/**
 * One line per feature. The type is the compile-time check: a feature missing
 * here, a channel without a handler, or a handler for a channel of another
 * feature (or none) does not compile, so every channel has exactly one handler.
 */
const FEATURE_HANDLERS: { [F in Feature]: (ctx: HandlerContext) => FeatureHandlers<F> } = {
  app: appHandlers,
  center: centerHandlers,
  settings: settingsHandlers,
  backups: backupsHandlers,
  people: peopleHandlers,
  assessments: assessmentsHandlers,
  staff: staffHandlers,
  beds: bedsHandlers,
  rounds: roundsHandlers,
  handovers: handoversHandlers,
  incidents: incidentsHandlers,
  board: boardHandlers,
  rosters: rostersHandlers,
  auth: authHandlers,
  users: usersHandlers,
  audit: auditHandlers,
};

export function createHandlers(ctx: HandlerContext): HandlerTable {
  const table = {};
  for (const part of Object.values(FEATURE_HANDLERS)) Object.assign(table, part(ctx));
  return Object.freeze(table) as HandlerTable;
}
