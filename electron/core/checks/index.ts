import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SHARD_KINDS, type CoreDoc, type ShardKind, type ShardRecord } from '../../../shared/schema';
import type { CoreData, ShardLoader, VerifyProblem } from '../store';
import { checkCareRecords } from './care-records';
import { checkCoreReferences } from './core-references';
import { checkResidenceHistory } from './residence-history';
import { checkShardReferences, shardLookups } from './shard-references';
import { checkStaffConsistency } from './staff-references';
import { checkRosterMonths, checkRosterShard, rosterCodeBook } from './rosters';

export { checkCareRecords } from './care-records';
export { checkCoreReferences } from './core-references';
export { checkShardReferences, shardLookups } from './shard-references';
export { checkStaffConsistency } from './staff-references';
export type { ReferenceProblem } from './problems';

/** Month files present for one kind, from the file names under records/<kind>/. */
async function periodsOnDisk(dir: string, kind: string): Promise<string[]> {
  try {
    return (await readdir(join(dir, 'records', kind)))
      .map((name) => /^(\d{4}-\d{2})\.json$/.exec(name)?.[1])
      .filter((p): p is string => p !== undefined)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * The referential checks for `verifyStore(dir, { extraChecks })`. The store
 * hands over the validated core and a loader for month files; the periods to
 * load are read from the folder. Files that failed validation load as null and
 * are already reported by the store itself.
 */
export function referentialChecks(dir: string) {
  return async (coreData: CoreData, loadShard: ShardLoader): Promise<VerifyProblem[]> => {
    const core = coreData as unknown as CoreDoc;
    const problems: VerifyProblem[] = [
      ...checkCoreReferences(core),
      ...checkStaffConsistency(core),
      ...checkResidenceHistory(core),
      ...checkRosterMonths(core),
    ];
    const book = rosterCodeBook(core);
    const lookups = shardLookups(core);
    for (const kind of Object.keys(SHARD_KINDS) as ShardKind[]) {
      for (const period of await periodsOnDisk(dir, kind)) {
        const shard = await loadShard(kind, period);
        if (!shard) continue;
        const records = shard.records as unknown as ShardRecord<ShardKind>[];
        const file = `records/${kind}/${period}.json`;
        problems.push(...checkShardReferences(lookups, file, kind, period, records));
        problems.push(...checkCareRecords(file, kind, records));
        if (kind === 'roster')
          problems.push(...checkRosterShard(file, book, records as ShardRecord<'roster'>[]));
      }
    }
    return problems;
  };
}
