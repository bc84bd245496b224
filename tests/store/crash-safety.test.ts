import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, verifyStore } from '../../electron/core/store';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { tempDir } from './helpers';

const worker = fileURLToPath(new URL('./fixtures/crash-worker.ts', import.meta.url));
const KILLS = 100;
const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

interface Ack {
  id: string;
  where: string;
}

/** Start a worker, kill it with SIGKILL at a random moment, answer the mutations it acknowledged. */
function runAndKill(seed: number, delayMs: number, afterReady: boolean): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, dir, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = (): void => void child.kill('SIGKILL');
    if (!afterReady) timer = setTimeout(kill, delayMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line === 'ready' && afterReady) timer = setTimeout(kill, delayMs);
        const [word, id, where] = line.split(' ');
        if (word === 'ack' && id && where) acks.push({ id, where });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Wait for 'exit' so the killed pid is reaped and the stale lock is recognisably stale.
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(acks);
      else reject(new Error(`worker exited on its own: ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged mutation across ${KILLS} SIGKILLs and stays verifiable`, async () => {
    const acknowledged: Ack[] = [];
    let seed = 12345;
    for (let round = 0; round < KILLS; round++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const delay = 20 + (seed % 381);
      // Most kills land during mutations; some during start-up (open, lock takeover, replay).
      acknowledged.push(...(await runAndKill(seed, delay, round % 5 !== 0)));

      const store = await openStore<TestCore>({ dir, schemas: testSchemas });
      expect(store.readOnly).toBeNull();
      const verified = await verifyStore(dir, { schemas: testSchemas });
      expect(verified.problems).toEqual([]);
      const core = store.core as { people: { id: string }[]; stays: { id: string }[] };
      const people = new Set(core.people.map((p) => p.id));
      const stays = new Set(core.stays.map((s) => s.id));
      const shardIds = new Map<string, Set<string>>();
      for (const kind of ['attendance', 'visits']) {
        for (const month of ['2026-10', '2026-11']) {
          const shard = await store.shard(kind, month);
          shardIds.set(`${kind}:${month}`, new Set(shard.records.map((r) => r.id)));
        }
      }
      for (const { id, where } of acknowledged) {
        if (where === 'core') expect(people.has(id), id).toBe(true);
        else if (where.startsWith('attendance:')) expect(shardIds.get(where)?.has(id), id).toBe(true);
        else {
          expect(stays.has(id) && people.has(id), id).toBe(true);
          expect(shardIds.get(`visits:${where.slice('multi:'.length)}`)?.has(id), id).toBe(true);
        }
      }
      await store.close();
    }
    expect(acknowledged.length).toBeGreaterThan(KILLS);
  }, 240_000);
});
