import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const open = () => openStore<TestCore>({ dir, schemas: testSchemas });

describe('single-writer lock', () => {
  it('refuses a second open with the holder named, and frees the folder on close', async () => {
    const first = await open();
    await expect(open()).rejects.toMatchObject({
      code: 'store.locked',
      params: { pid: process.pid, host: hostname(), since: expect.any(String) as unknown },
    });
    await first.close();
    const second = await open();
    await second.close();
  });

  it('takes over a lock from before the computer last started, even if its pid is in use now', async () => {
    // After a power cut the old pid may belong to an unrelated running process (here: our parent).
    const longAgo = new Date(Date.now() - uptime() * 1000 - 3_600_000).toISOString();
    writeFileSync(
      join(dir, '.lock'),
      JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: longAgo }),
    );
    const store = await open();
    expect(store.readOnly).toBeNull();
    await store.close();
  });

  it('does not take over a lock of a running process taken since the computer started', async () => {
    writeFileSync(
      join(dir, '.lock'),
      JSON.stringify({ pid: process.ppid, host: hostname(), startedAt: new Date().toISOString() }),
    );
    await expect(open()).rejects.toMatchObject({ code: 'store.locked', params: { pid: process.ppid } });
  });

  it('takes over a stale lock left by a process that is gone', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const pid = Number(dead.stdout);
    writeFileSync(
      join(dir, '.lock'),
      JSON.stringify({ pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }),
    );
    const store = await open();
    expect(store.readOnly).toBeNull();
    await store.close();
  });

  it('respects a lock held from another computer', async () => {
    writeFileSync(
      join(dir, '.lock'),
      JSON.stringify({ pid: 1, host: 'other-pc', startedAt: '2026-01-01T00:00:00.000Z' }),
    );
    await expect(open()).rejects.toMatchObject({ code: 'store.locked', params: { host: 'other-pc' } });
  });

  it('treats a fresh unreadable lock as held (its writer may still be writing it)', async () => {
    writeFileSync(join(dir, '.lock'), '');
    await expect(open()).rejects.toMatchObject({ code: 'store.locked' });
  });
});
