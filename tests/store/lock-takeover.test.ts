import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeFileSystem, openStore, type FileSystem } from '../../electron/core/store';
import { acquireLock, thisMachine, type MachineIdentity } from '../../electron/core/store/lock';
import { testSchemas } from './fixtures/test-schemas';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

const DEAD = 999_999;
/** Two processes of one computer; every pid is running except DEAD. */
const machine = (pid: number): MachineIdentity => ({
  ...thisMachine,
  pid,
  isAlive: (other) => other !== DEAD,
});

/** A file system that stops before its n-th call until `go()` is called. */
function pausedAt(n: number): {
  fs: FileSystem;
  reached: Promise<void>;
  go: () => void;
  calls: () => number;
} {
  let count = 0;
  let go!: () => void;
  let reach!: () => void;
  const released = new Promise<void>((resolve) => (go = resolve));
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const fs = Object.fromEntries(
    Object.entries(nodeFileSystem).map(([name, method]) => [
      name,
      async (...args: unknown[]) => {
        if (count++ === n) {
          reach();
          await released;
        }
        return (method as (...a: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  ) as unknown as FileSystem;
  return { fs, reached, go, calls: () => count };
}

const staleLock = () =>
  writeFileSync(
    join(dir, '.lock'),
    JSON.stringify({ pid: DEAD, host: hostname(), startedAt: new Date().toISOString() }),
  );

describe('stale-lock takeover', () => {
  it('gives exactly one writer whatever step a slower second opener is paused at', async () => {
    staleLock();
    const solo = pausedAt(-1);
    await (await acquireLock(solo.fs, dir, machine(1002))).release();
    const steps = solo.calls();
    expect(steps).toBeGreaterThan(3);

    for (let step = 0; step <= steps; step++) {
      for (const name of readdirSync(dir)) if (name.startsWith('.lock')) rmSync(join(dir, name));
      staleLock();
      const slow = pausedAt(step);
      const second = acquireLock(slow.fs, dir, machine(1002)).then(
        (lock) => ({ ok: true as const, lock }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      await Promise.race([slow.reached, second]);
      const first = await acquireLock(nodeFileSystem, dir, machine(1001)).then(
        (lock) => ({ ok: true as const, lock }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      slow.go();
      const results = [first, await second];
      const winners = results.filter((r) => r.ok);
      expect(winners, `paused at step ${step}`).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'store.locked' } });
      // The winner's lock is the one on disk, and a third opener is refused.
      await expect(acquireLock(nodeFileSystem, dir, machine(1003))).rejects.toMatchObject({
        code: 'store.locked',
        params: { pid: winners[0]!.lock.info.pid },
      });
      await winners[0]!.lock.release();
    }
  });

  it('a clock set forward after start does not make a live app’s lock look stale', async () => {
    // The holder is another running process (our parent), whose lock was taken just now.
    writeFileSync(
      join(dir, '.lock'),
      JSON.stringify({
        pid: process.ppid,
        host: hostname(),
        startedAt: new Date().toISOString(),
        bootId: thisMachine.bootId,
        uptime: uptime(),
      }),
    );
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 365 * 24 * 3600 * 1000);
    await expect(openStore({ dir, schemas: testSchemas })).rejects.toMatchObject({
      code: 'store.locked',
      params: { pid: process.ppid },
    });
  });

  it('takes over a lock from an earlier boot even if its pid runs again, told by boot id or uptime', async () => {
    // Taken before the restart and never released (the power went).
    await acquireLock(nodeFileSystem, dir, { ...machine(1001), bootId: 'boot-before' });
    const rebooted = await acquireLock(nodeFileSystem, dir, { ...machine(1002), bootId: 'boot-now' });
    expect(rebooted.info.pid).toBe(1002);
    await rebooted.release();

    await acquireLock(nodeFileSystem, dir, {
      ...machine(1001),
      bootId: null,
      uptime: () => 90_000,
    });
    const justBooted = await acquireLock(nodeFileSystem, dir, {
      ...machine(1002),
      bootId: null,
      uptime: () => 120,
    });
    expect(justBooted.info.pid).toBe(1002);
    await justBooted.release();
  });

  it('takes over a lock left with this very pid by an earlier process, yet refuses a second open here', async () => {
    writeFileSync(
      join(dir, '.lock-4'),
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        startedAt: new Date().toISOString(),
        bootId: thisMachine.bootId,
        uptime: uptime(),
        nonce: 'from-a-process-that-died',
      }),
    );
    const held = await acquireLock(nodeFileSystem, dir);
    expect(readdirSync(dir).filter((name) => name.startsWith('.lock'))).toEqual(['.lock-5']);
    await expect(acquireLock(nodeFileSystem, dir)).rejects.toMatchObject({ code: 'store.locked' });
    await held.release();
  });

  it('keeps a live holder of the same boot, and frees the folder on release', async () => {
    const holder = await acquireLock(nodeFileSystem, dir, machine(1001));
    await expect(acquireLock(nodeFileSystem, dir, machine(1002))).rejects.toMatchObject({
      code: 'store.locked',
      params: { pid: 1001 },
    });
    await holder.release();
    // The top generation stays, marked released, so the numbers never go back down.
    expect(lockNames()).toEqual(['.lock-1']);
    expect(JSON.parse(readFileSync(join(dir, '.lock-1'), 'utf8'))).toMatchObject({
      pid: 1001,
      released: true,
    });
    const next = await acquireLock(nodeFileSystem, dir, machine(1002));
    expect(lockNames()).toEqual(['.lock-2']);
    expect(JSON.parse(readFileSync(join(dir, '.lock-2'), 'utf8'))).toMatchObject({ pid: 1002 });
    await next.release();
  });

  it('refuses a slow opener that judged a lock stale while others came and went', async () => {
    // A crashed holder at generation 1.
    writeFileSync(
      join(dir, '.lock-1'),
      JSON.stringify({
        pid: DEAD,
        host: thisMachine.host,
        startedAt: new Date().toISOString(),
        bootId: thisMachine.bootId,
        uptime: thisMachine.uptime(),
        nonce: 'crashed',
      }),
    );
    // The slow opener judges generation 1 stale, then stalls before its exclusive create.
    const slow = pausedAt(3);
    const late = acquireLock(slow.fs, dir, machine(3001)).then(
      (lock) => ({ ok: true as const, lock }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await slow.reached;
    const passing = await acquireLock(nodeFileSystem, dir, machine(3002));
    await passing.release();
    const current = await acquireLock(nodeFileSystem, dir, machine(3003));
    slow.go();
    expect(await late).toMatchObject({ ok: false, error: { code: 'store.locked', params: { pid: 3003 } } });
    // The live holder's file is still there and still names it.
    const top = lockNames().at(-1)!;
    expect(JSON.parse(readFileSync(join(dir, top), 'utf8'))).toMatchObject({ pid: 3003 });
    expect(JSON.parse(readFileSync(join(dir, top), 'utf8'))).not.toHaveProperty('released');
    await current.release();
  });

  it('counts an old plain .lock as generation 0, and a crash mid-release never blocks the folder', async () => {
    staleLock();
    const first = await acquireLock(nodeFileSystem, dir, machine(1001));
    expect(lockNames()).toEqual(['.lock-1']);
    await first.release();
    // Power cut while releasing: the held lock is left as it was, its process gone.
    writeFileSync(
      join(dir, '.lock-2'),
      JSON.stringify({ pid: DEAD, host: hostname(), startedAt: new Date().toISOString(), nonce: 'n' }),
    );
    const second = await acquireLock(nodeFileSystem, dir, machine(1002));
    expect(lockNames()).toEqual(['.lock-3']);
    await second.release();
  });
});

function lockNames(): string[] {
  return readdirSync(dir)
    .filter((name) => /^\.lock(-\d+)?$/.test(name))
    .sort((a, b) => Number(a.slice(6) || 0) - Number(b.slice(6) || 0));
}
