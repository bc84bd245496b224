import { appChannels } from './app';
import { assessmentsChannels } from './assessments';
import { auditChannels } from './audit';
import { authChannels } from './auth';
import { backupsChannels } from './backups';
import { bedsChannels } from './beds';
import { boardChannels } from './board';
import { centerChannels } from './center';
import type { ChannelSpec } from './define';
import { handoversChannels } from './handovers';
import { incidentsChannels } from './incidents';
import { peopleChannels } from './people';
import { rostersChannels } from './rosters';
import { roundsChannels } from './rounds';
import { settingsChannels } from './settings';
import { staffChannels } from './staff';
import { usersChannels } from './users';

export type { Returns } from './define';

/**
 * Every feature's channels, by feature. Main registers and validates from it,
 * the preload exposes it, the renderer calls it. A new feature adds its
 * `shared/ipc/<feature>.ts` and one line here.
 */
export const features = {
  app: appChannels,
  center: centerChannels,
  settings: settingsChannels,
  backups: backupsChannels,
  people: peopleChannels,
  assessments: assessmentsChannels,
  staff: staffChannels,
  beds: bedsChannels,
  rounds: roundsChannels,
  handovers: handoversChannels,
  incidents: incidentsChannels,
  board: boardChannels,
  rosters: rostersChannels,
  auth: authChannels,
  users: usersChannels,
  audit: auditChannels,
} as const;

export type Feature = keyof typeof features;
/** The channels of one feature, e.g. `ChannelOf<'center'>` = `'center.get' | 'center.save'`. */
export type ChannelOf<F extends Feature> = keyof (typeof features)[F] & string;

type Merged = { [F in Feature]: (typeof features)[F] }[Feature];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/**
 * The single IPC contract: channel → argument schema, result type and
 * permission. Channel names cannot collide: each starts with its feature's name.
 */
export const contract = Object.freeze(
  Object.assign({}, ...Object.values(features)) as UnionToIntersection<Merged>,
) satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
