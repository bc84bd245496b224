import { CareError } from '../../../../shared/errors';
import { v2StaffPostsAndAccounts } from './v2-staff-posts-and-accounts';
import { v3BedsAndStays } from './v3-beds-and-stays';
import { v4RoundsHandoversIncidents } from './v4-rounds-handovers-incidents';
import { v5Rosters } from './v5-rosters';

/**
 * One step of the data model's history: turns a version `version - 1` document
 * into a version `version` one. Pure functions; they must not touch the disk.
 */
export interface Migration {
  version: number;
  name: string;
  core: (doc: Record<string, unknown>) => Record<string, unknown>;
  shard: (doc: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The real chain, oldest first; version 1 is the first released model. Add
 * the next step here (one file per migration beside this one) when the model changes.
 */
export const MIGRATIONS: readonly Migration[] = [
  v2StaffPostsAndAccounts,
  v3BedsAndStays,
  v4RoundsHandoversIncidents,
  v5Rosters,
];

function steps(from: number, to: number, chain: readonly Migration[]): Migration[] {
  const out: Migration[] = [];
  for (let version = from + 1; version <= to; version++) {
    const step = chain.find((m) => m.version === version);
    if (!step) throw new CareError('store.migrationMissing', { version });
    out.push(step);
  }
  return out;
}

function versionOf(doc: Record<string, unknown>): number {
  const version = doc.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

function run(
  doc: Record<string, unknown>,
  target: number,
  chain: readonly Migration[],
  pick: (m: Migration) => (doc: Record<string, unknown>) => Record<string, unknown>,
): Record<string, unknown> {
  let current = doc;
  for (const step of steps(versionOf(doc), target, chain)) {
    current = { ...pick(step)(current), schemaVersion: step.version };
  }
  return current;
}

export function migrateCore(
  doc: Record<string, unknown>,
  target: number,
  chain: readonly Migration[] = MIGRATIONS,
): Record<string, unknown> {
  return run(doc, target, chain, (m) => m.core);
}

export function migrateShard(
  doc: Record<string, unknown>,
  target: number,
  chain: readonly Migration[] = MIGRATIONS,
): Record<string, unknown> {
  return run(doc, target, chain, (m) => m.shard);
}
