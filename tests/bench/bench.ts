/**
 * `npm run bench`: durable-write figures for the README, measured in one run.
 *
 * Data: the demo generator's 100-bed center with 50 day-care members, with 1
 * and with 10 years of history. For each: cold open and 200 day-care check-ins
 * through the store (in a fresh process, so memory and open time are its own),
 * 20 check-ins with plain single-file lowdb, and the disk's physical floor.
 * Everything is written to a temporary folder that is removed at the end.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from '../../electron/core/demo';
import { localToday } from './check-in';
import { measureFloor } from './floor';
import { mb, ms, percentile } from './timing';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STORE_WRITES = 200;
const LOWDB_WRITES = 20;
const FLOOR_WRITES = 200;

interface StoreProbe {
  openMs: number;
  samples: number[];
  peakRss: number;
  maxRss: number;
  members: number;
}
interface LowdbProbe {
  bytes: number;
  samples: number[];
}

function runProbe<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('tests/bench', script), ...args], {
      cwd: ROOT,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${script} exited ${code}: ${err}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as T);
    });
  });
}

async function folderBytes(dir: string): Promise<number> {
  const { readdir } = await import('node:fs/promises');
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function seed(
  root: string,
  name: string,
  years: number,
  beds: number,
  members: number,
): Promise<{ dir: string; seconds: number; records: number; bytes: number }> {
  const dir = join(root, name);
  const started = performance.now();
  const result = await seedDemo(dir, { seed: 42, years, beds, members, today: localToday() });
  const seconds = (performance.now() - started) / 1000;
  return { dir, seconds, records: result.records, bytes: await folderBytes(dir) };
}

const root = await mkdtemp(join(tmpdir(), 'care-bench-'));
try {
  process.stdout.write('Generating data sets…\n');
  const demo3 = await seed(root, 'demo-3y-60', 3, 60, 20);
  const y1 = await seed(root, 'center-1y', 1, 100, 50);
  const y10 = await seed(root, 'center-10y', 10, 100, 50);
  for (const [label, s] of [
    ['3 y × 60 beds (default demo)', demo3],
    ['1 y × 100 beds, 50 members', y1],
    ['10 y × 100 beds, 50 members', y10],
  ] as const) {
    process.stdout.write(
      `  ${label}: ${s.records} records, ${mb(s.bytes)} MB on disk, generated in ${s.seconds.toFixed(1)} s\n`,
    );
  }

  process.stdout.write('Measuring the store (fresh process each)…\n');
  const store1 = await runProbe<StoreProbe>('store-probe.ts', [y1.dir, String(STORE_WRITES)]);
  const store10 = await runProbe<StoreProbe>('store-probe.ts', [y10.dir, String(STORE_WRITES)]);
  process.stdout.write('Measuring single-file lowdb…\n');
  const lowdb1 = await runProbe<LowdbProbe>('lowdb-probe.ts', [y1.dir, root, String(LOWDB_WRITES)]);
  const lowdb10 = await runProbe<LowdbProbe>('lowdb-probe.ts', [y10.dir, root, String(LOWDB_WRITES)]);
  process.stdout.write('Measuring the physical floor…\n');
  const floor = await measureFloor(join(root, 'floor'), FLOOR_WRITES);

  const p = (s: number[], q: number): number => percentile(s, q);
  const rows: [string, string, string, string][] = [
    ['store check-in @1y', ms(p(store1.samples, 50)), ms(p(store1.samples, 95)), String(STORE_WRITES)],
    ['store check-in @10y', ms(p(store10.samples, 50)), ms(p(store10.samples, 95)), String(STORE_WRITES)],
    [
      `lowdb single file @1y (${mb(lowdb1.bytes)} MB)`,
      ms(p(lowdb1.samples, 50)),
      ms(p(lowdb1.samples, 95)),
      String(LOWDB_WRITES),
    ],
    [
      `lowdb single file @10y (${mb(lowdb10.bytes)} MB)`,
      ms(p(lowdb10.samples, 50)),
      ms(p(lowdb10.samples, 95)),
      String(LOWDB_WRITES),
    ],
    ['floor: 1 KB write+fsync+rename+dir fsync', ms(p(floor, 50)), ms(p(floor, 95)), String(FLOOR_WRITES)],
  ];

  const scaling = p(store10.samples, 95) / p(store1.samples, 95);
  const vsBaseline = p(lowdb10.samples, 50) / p(store10.samples, 50);
  const vsFloor = p(store10.samples, 50) / p(floor, 50);
  const coldOpen = Math.max(store1.openMs, store10.openMs);
  const peak = Math.max(store1.peakRss, store1.maxRss, store10.peakRss, store10.maxRss);
  const targets: [string, string, string, boolean][] = [
    ['p95 @10y ≤ 1.5 × p95 @1y', `${scaling.toFixed(2)} ×`, '≤ 1.5 ×', scaling <= 1.5],
    [
      '≥ 50 × faster than single-file lowdb @10y (p50)',
      `${vsBaseline.toFixed(0)} ×`,
      '≥ 50 ×',
      vsBaseline >= 50,
    ],
    ['within 10 × of the physical floor (p50 @10y)', `${vsFloor.toFixed(1)} ×`, '≤ 10 ×', vsFloor <= 10],
    [
      'cold open @10y (openStore to ready)',
      `${ms(store10.openMs)} ms (1y: ${ms(store1.openMs)} ms)`,
      '< 1000 ms',
      coldOpen < 1000,
    ],
    [
      'peak memory (max sampled RSS / maxRSS, store process)',
      `${mb(peak)} MB`,
      '< 300 MB',
      peak < 300 * 1024 * 1024,
    ],
  ];

  const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));
  process.stdout.write('\nDurable write of one day-care check-in (ms)\n');
  process.stdout.write(`${pad('', 48)}${pad('p50', 10)}${pad('p95', 10)}n\n`);
  for (const [label, p50, p95, n] of rows)
    process.stdout.write(`${pad(label, 48)}${pad(p50, 10)}${pad(p95, 10)}${n}\n`);
  process.stdout.write('\nTargets\n');
  for (const [label, value, target, ok] of targets) {
    process.stdout.write(`${ok ? 'PASS' : 'FAIL'}  ${pad(label, 56)}${pad(value, 30)}${target}\n`);
  }
  process.stdout.write(
    `\nMemory: store @1y peak RSS ${mb(store1.peakRss)} MB (maxRSS ${mb(store1.maxRss)} MB); @10y peak RSS ${mb(store10.peakRss)} MB (maxRSS ${mb(store10.maxRss)} MB). Day-care members checked in: ${store10.members}.\n`,
  );

  process.stdout.write('\nMarkdown for the README:\n\n');
  process.stdout.write(
    `Measured on ${process.platform} ${process.arch}, Node ${process.version}; 100 beds, 50 day-care members.\n\n`,
  );
  process.stdout.write('| durable check-in | p50 ms | p95 ms | writes |\n| --- | ---: | ---: | ---: |\n');
  for (const [label, p50, p95, n] of rows) process.stdout.write(`| ${label} | ${p50} | ${p95} | ${n} |\n`);
  process.stdout.write('\n| target | measured | goal | result |\n| --- | --- | --- | --- |\n');
  for (const [label, value, target, ok] of targets)
    process.stdout.write(`| ${label} | ${value} | ${target} | ${ok ? 'PASS' : 'FAIL'} |\n`);
  process.exitCode = targets.every(([, , , ok]) => ok) ? 0 : 1;
} finally {
  await rm(root, { recursive: true, force: true });
}

// Beds: the bed board, occupancy of a past date and an admission's durable write on the 10-year demo.
if (!(await (await import('./beds-bench')).runBedsBench())) process.exitCode = 1;

// 24-hour care: the board now and a round of 40 marks as one durable write on the 10-year demo.
if (!(await (await import('./care-bench')).runCareBench())) process.exitCode = 1;

// Rosters: the month grid for 40 staff with every check and the cover, on the 10-year demo.
if (!(await (await import('./roster-bench')).runRosterBench())) process.exitCode = 1;

// Elders list: search and a person's page with 5,000 people.
if (!(await (await import('./people-bench')).runPeopleBench())) process.exitCode = 1;

// Accounts: one sign-in at OWASP's scrypt cost, and the permission check every call pays.
if (!(await (await import('./auth-bench')).runAuthBench())) process.exitCode = 1;

// Backup and restore of a folder with about 1 GB of photos and audit: peak memory must stay flat.
if (!(await (await import('./backup-bench')).runBackupBench())) process.exitCode = 1;

// First screen and elders list in Chromium, through the browser preview, with the 10-year demo.
if (!(await (await import('./first-screen')).runFirstScreenBench())) process.exitCode = 1;
