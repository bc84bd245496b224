/**
 * The roster figure for `npm run bench`, on the 10-year 100-bed demo: this
 * month's grid for 40 staff with every check (rest, days in a row, week and
 * month hours) and the cover of every care shift computed, p95.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from '../../electron/core/demo';
import { localToday } from './check-in';
import { runProbe } from './probe-runner';
import { ms, percentile, printTargets, type TargetRow } from './timing';

const SAMPLES = 100;

interface RosterProbe {
  first: number[];
  reads: number[];
  rows: number;
  cells: number;
  warnings: number;
  cover: number;
  short: number;
}

export async function runRosterBench(): Promise<boolean> {
  const root = await mkdtemp(join(tmpdir(), 'care-roster-bench-'));
  try {
    process.stdout.write('\nRoster: generating the 10-year 100-bed demo…\n');
    const dir = join(root, 'center-10y');
    await seedDemo(dir, { seed: 42, years: 10, beds: 100, members: 50, today: localToday() });
    const probe = await runProbe<RosterProbe>('roster-probe.ts', [dir, String(SAMPLES)]);
    const p95 = percentile(probe.reads, 95);
    const rows: TargetRow[] = [
      [
        `month grid, ${probe.rows} staff, checks and cover (p95)`,
        `${ms(p95)} ms`,
        '< 100 ms',
        p95 < 100 && probe.rows >= 40,
      ],
    ];
    process.stdout.write(
      `Roster (${SAMPLES} reads; ${probe.rows} rows, ${probe.cells} cells, ${probe.warnings} warnings, ${probe.cover} cover cells, ${probe.short} short; first ${ms(probe.first[0] ?? 0)} ms, p50 ${ms(percentile(probe.reads, 50))} ms)\n`,
    );
    return printTargets('Roster target', rows, 56);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

// Run alone: `npx tsx tests/bench/roster-bench.ts`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = (await runRosterBench()) ? 0 : 1;
}
