import { describe, expect, it } from 'vitest';
import { openStore, verifyStore, type StoreOptions } from '../../electron/core/store';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { attendance, person } from './helpers';
import { PowerCutDisk, PowerCutError } from './power-cut-fs';

const DIR = '/data';
const now = () => new Date(2026, 10, 15, 9, 30);

interface Acked {
  people: string[];
  shards: { kind: string; period: string; id: string }[];
}

/**
 * Single- and multi-file mutations: core alone, core with a new month file (and
 * its new folder), two month files at once, a month file alone, a void.
 * Answers what was acknowledged before the power went (if it went).
 */
async function workload(disk: PowerCutDisk, coreWrites: StoreOptions['coreWrites']): Promise<Acked> {
  const acked: Acked = { people: [], shards: [] };
  try {
    const store = await openStore<TestCore>({ dir: DIR, fs: disk.fs, schemas: testSchemas, now, coreWrites });
    const steps: [
      string,
      Acked['shards'],
      (tx: Parameters<Parameters<typeof store.mutate>[1]>[0]) => void,
    ][] = [
      ['1', [], (tx) => void tx.put('core', 'people', person('1'))],
      [
        '2',
        [{ kind: 'attendance', period: '2026-11', id: 'a2' }],
        (tx) => {
          tx.put('core', 'people', person('2'));
          tx.put({ kind: 'attendance', period: '2026-11' }, attendance('a2', '2026-11-02', '2'));
        },
      ],
      [
        '3',
        [
          { kind: 'attendance', period: '2026-11', id: 'a3' },
          { kind: 'visits', period: '2026-10', id: 'v3' },
        ],
        (tx) => {
          tx.put('core', 'people', person('3'));
          tx.put({ kind: 'attendance', period: '2026-11' }, attendance('a3', '2026-11-03', '3'));
          tx.put({ kind: 'visits', period: '2026-10' }, attendance('v3', '2026-10-30', '3'));
        },
      ],
      [
        '',
        [{ kind: 'visits', period: '2026-10', id: 'v4' }],
        (tx) => void tx.put({ kind: 'visits', period: '2026-10' }, attendance('v4', '2026-10-31', '1')),
      ],
    ];
    for (const [personId, shards, fn] of steps) {
      await store.mutate({ actor: 'x', action: 'step' }, fn);
      if (personId) acked.people.push(personId);
      acked.shards.push(...shards);
    }
    await store.mutate({ actor: 'x', action: 'void' }, async (tx) => {
      await tx.void('core', 'people', '1', { by: 'x', reason: 'duplicate' });
    });
    await store.close();

    // A second session: open an existing folder, then one more change across files.
    const again = await openStore<TestCore>({ dir: DIR, fs: disk.fs, schemas: testSchemas, now, coreWrites });
    await again.mutate({ actor: 'x', action: 'step' }, (tx) => {
      tx.put('core', 'people', person('5'));
      tx.put({ kind: 'attendance', period: '2026-11' }, attendance('a5', '2026-11-05', '5'));
      tx.put({ kind: 'visits', period: '2026-09' }, attendance('v5', '2026-09-05', '5'));
    });
    acked.people.push('5');
    acked.shards.push(
      { kind: 'attendance', period: '2026-11', id: 'a5' },
      { kind: 'visits', period: '2026-09', id: 'v5' },
    );
    await again.close();
  } catch (error) {
    if (!(error instanceof PowerCutError) && !disk.dead) throw error;
  }
  return acked;
}

/** After a restart: opens writable, verify passes, every acknowledged change is there. */
async function checkAfterCut(image: PowerCutDisk, acked: Acked, label: string): Promise<void> {
  // The restart ended the process that held the lock (judged stale by boot id, tested elsewhere).
  for (const name of await image.fs.readdir(DIR).catch(() => [] as string[]))
    if (name.startsWith('.lock')) await image.fs.unlink(`${DIR}/${name}`);
  const store = await openStore<TestCore>({ dir: DIR, fs: image.fs, schemas: testSchemas, now });
  expect(store.readOnly, `${label} ${JSON.stringify(store.readOnly)}`).toBeNull();
  expect(
    store.core.people.map((p) => p.id),
    label,
  ).toEqual(expect.arrayContaining(acked.people));
  for (const { kind, period, id } of acked.shards) {
    const shard = await store.shard(kind, period);
    expect(
      shard.records.map((r) => r.id),
      `${label}: ${kind}/${period}`,
    ).toContain(id);
  }
  // And it keeps working.
  await store.mutate({ actor: 'x', action: 'after' }, (tx) => void tx.put('core', 'people', person('after')));
  await store.close();
  const verified = await verifyStore(DIR, { fs: image.fs, schemas: testSchemas });
  expect(verified.problems, label).toEqual([]);
}

function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Both ways of keeping core.json: rewritten with every change, and rewritten
 * later from the log (here after two changes, and on close, so the workload
 * crosses both).
 */
describe.each<{ mode: string; coreWrites: StoreOptions['coreWrites']; minCuts: number }>([
  { mode: 'core.json with every change', coreWrites: 'eager', minCuts: 100 },
  { mode: 'core.json caught up from the log', coreWrites: { idleMs: 60_000, maxEntries: 2 }, minCuts: 100 },
])('power cut, $mode', ({ coreWrites, minCuts }) => {
  it('at every step of the mutations, keeping only what was made durable', async () => {
    const full = new PowerCutDisk();
    await workload(full, coreWrites);
    const total = full.steps;
    let tried = 0;
    for (let cut = 0; cut <= total; cut++) {
      const disk = new PowerCutDisk();
      disk.cutAfter(cut);
      const acked = await workload(disk, coreWrites);
      await checkAfterCut(disk.image(), acked, `strict cut after step ${cut}/${total}`);
      tried++;
    }
    console.info(`power cut, durable only: ${tried} cut points tried`);
    expect(tried).toBe(total + 1);
    expect(tried).toBeGreaterThanOrEqual(minCuts);
  });

  it('at every step, with un-synced writes reordered and partly kept', async () => {
    const full = new PowerCutDisk();
    await workload(full, coreWrites);
    const total = full.steps;
    const VARIANTS = 6;
    let tried = 0;
    for (let cut = 0; cut <= total; cut++) {
      for (let variant = 0; variant < VARIANTS; variant++) {
        const disk = new PowerCutDisk();
        disk.cutAfter(cut);
        const acked = await workload(disk, coreWrites);
        const seed = cut * VARIANTS + variant + 1;
        await checkAfterCut(
          disk.image(lcg(seed)),
          acked,
          `mixed cut after step ${cut}/${total}, seed ${seed}`,
        );
        tried++;
      }
    }
    console.info(`power cut, un-synced writes mixed: ${tried} cut points tried`);
    expect(tried).toBe((total + 1) * VARIANTS);
  });
});
