/**
 * Accounts in `npm run bench`: the time one sign-in takes at OWASP's scrypt
 * cost (the deliberate price of every guess; target 100-500 ms on this
 * machine), and what the permission check adds to every call (target < 0.05 ms).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract } from '../../shared/ipc/contract';
import { decideAccess } from '../../electron/core/ipc/authorize';
import { openSession } from '../../electron/core/ipc/session';
import { createMemoryLogger } from '../../electron/core/log';
import { ms, percentile, timeEach } from './timing';

const SIGN_INS = 7;
const CHECKS = 200_000;

export async function runAuthBench(): Promise<boolean> {
  const root = await mkdtemp(join(tmpdir(), 'care-auth-bench-'));
  const session = await openSession({
    dataDir: root,
    version: 'bench',
    systemLanguage: 'zh-CN',
    log: createMemoryLogger(),
  });
  try {
    const password = 'Bench-Lantern-2718';
    await session.handlers['auth.createFirstAdmin']({
      username: 'bench',
      displayName: 'bench',
      password,
      passwordAgain: password,
    });
    const signIns = await timeEach(SIGN_INS, async () => {
      await session.handlers['auth.signIn']({ username: 'bench', password });
    });
    const signInMs = percentile(signIns, 50);

    // What dispatch does before a handler runs: the caller from the session, then the decision.
    const permission = contract['people.list'].permission;
    let allowed = 0;
    const started = process.hrtime.bigint();
    for (let i = 0; i < CHECKS; i++) {
      if (decideAccess(permission, session.auth.caller('people.list')) === 'allowed') allowed += 1;
    }
    const perCheckMs = Number(process.hrtime.bigint() - started) / 1e6 / CHECKS;
    if (allowed !== CHECKS) throw new Error('the bench admin was refused');

    const signInOk = signInMs >= 100 && signInMs <= 500;
    const checkOk = perCheckMs < 0.05;
    process.stdout.write('\nAccounts:\n');
    process.stdout.write(
      `${signInOk ? 'PASS' : 'FAIL'}  sign-in (scrypt N=2^17, r=8, p=1), median of ${SIGN_INS}   ${ms(signInMs)} ms   target 100-500 ms\n`,
    );
    process.stdout.write(
      `${checkOk ? 'PASS' : 'FAIL'}  permission check per call, ${CHECKS} calls   ${(perCheckMs * 1000).toFixed(2)} µs   target < 50 µs\n`,
    );
    return signInOk && checkOk;
  } finally {
    await session.close();
    await rm(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  process.exitCode = (await runAuthBench()) ? 0 : 1;
}
