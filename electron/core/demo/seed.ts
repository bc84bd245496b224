import { readdir } from 'node:fs/promises';
import { CareError } from '../../../shared/errors';
import { openStore } from '../store';
import { at } from './dates';
import { generateDemo, type DemoSummary } from './generate';
import type { DemoOptions } from './options';
import type { Batch } from './plan';
import type { Staff } from '../../../shared/schema/staff';
import { hashPassword } from '../auth/password-hash';
import { emptyCredentials, writeCredentials } from '../store/credentials-file';
import { nodeFileSystem } from '../store';
import { DEMO_ACCOUNTS, demoUsers } from './users';

export const DEMO_ACTOR = 'demo';
export const DEMO_ACTION = 'demo.seed';

/** True when the folder does not exist yet or holds nothing at all. */
export async function isEmptyFolder(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

export interface SeedResult extends DemoSummary {
  batches: number;
  /** The demo accounts, one per role, with their passwords (printed by `care seed-demo`). */
  accounts: { username: string; role: string; displayName: string; password: string }[];
}

/**
 * The moment a batch is written, as the audit log records it: noon on the
 * last day of the month it describes (or today for the current month), so the
 * same options give the same audit log.
 */
function batchClock(batch: Batch, today: string): Date {
  const [y, m] = batch.period.split('-').map(Number) as [number, number];
  const lastDay = `${batch.period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return new Date(at(lastDay < today ? lastDay : today, 12));
}

/**
 * Generate the demo center and write it into an EMPTY data folder, one store
 * mutation (`demo.seed`) per month of history. Refuses a folder that holds
 * anything, so existing data can never be mixed with or replaced by demo data.
 */
export async function seedDemo(
  dir: string,
  options: DemoOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<SeedResult> {
  if (!(await isEmptyFolder(dir))) throw new CareError('cli:seed.notEmpty', { dir });
  const plan = generateDemo(options);
  let clock = new Date(at(plan.batches[0]?.period ? `${plan.batches[0].period}-01` : options.today, 8));
  const store = await openStore({ dir, now: () => clock });
  let accounts: SeedResult['accounts'];
  try {
    if (store.readOnly) throw new CareError('store.readOnly', { reason: store.readOnly.reason });
    let done = 0;
    for (const batch of plan.batches) {
      clock = batchClock(batch, options.today);
      await store.mutate({ actor: DEMO_ACTOR, action: DEMO_ACTION, summary: batch.period }, (tx) => {
        if (batch.center) tx.set('center', batch.center);
        if (batch.settings) tx.set('settings', batch.settings);
        for (const put of batch.core) tx.put('core', put.collection, put.record);
        for (const put of batch.shards) tx.put({ kind: put.kind, period: put.period }, put.record);
      });
      done += 1;
      onProgress?.(done, plan.batches.length);
    }
    accounts = await seedDemoUsers(store, dir, options, plan.batches);
  } finally {
    await store.close();
  }
  return { ...plan.summary, batches: plan.batches.length, accounts };
}

/** The demo accounts: hashes first (credentials.json), then the users and their staff links. */
async function seedDemoUsers(
  store: Awaited<ReturnType<typeof openStore>>,
  dir: string,
  options: DemoOptions,
  batches: readonly Batch[],
): Promise<SeedResult['accounts']> {
  const staff = batches.flatMap((b) =>
    b.core.filter((put) => put.collection === 'staff').map((put) => put.record as Staff),
  );
  const { users, linkedStaff } = demoUsers(
    staff,
    options.seed,
    new Date(at(options.today, 12)).toISOString(),
  );
  const credentials = emptyCredentials();
  for (const user of users) {
    const account = DEMO_ACCOUNTS.find((a) => a.username === user.username);
    if (account) credentials.hashes[user.id] = await hashPassword(account.password);
  }
  await writeCredentials(nodeFileSystem, dir, credentials);
  await store.mutate({ actor: DEMO_ACTOR, action: 'demo.users', summary: String(users.length) }, (tx) => {
    for (const user of users) tx.put('core', 'users', user);
    for (const person of linkedStaff) tx.put('core', 'staff', person);
  });
  return users.map((user) => ({
    username: user.username,
    role: user.role,
    displayName: user.displayName,
    password: DEMO_ACCOUNTS.find((a) => a.username === user.username)?.password ?? '',
  }));
}
