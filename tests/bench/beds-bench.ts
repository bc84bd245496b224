/**
 * Beds figures for `npm run bench`, on the 10-year 100-bed demo: the bed board
 * and the occupancy of any past date (p95), and an admission's durable write
 * against a day-care check-in's in the same store and process.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemo } from '../../electron/core/demo';
import { localToday } from './check-in';
import { runProbe } from './probe-runner';
import { ms, percentile, printTargets, type TargetRow } from './timing';

const SAMPLES = 200;
/** Durable writes are slower on a 10-year core: fewer of them keep the run short. */
const WRITES = 50;

interface BedsProbe {
  board: number[];
  occupancy: number[];
  checkIns: number[];
  coreWrites: number[];
  admissions: number[];
  checkpoints: number[];
  occupied: number;
}

/** Prints the figures against their targets; answers whether every target holds. */
export async function runBedsBench(): Promise<boolean> {
  const root = await mkdtemp(join(tmpdir(), 'care-beds-bench-'));
  try {
    process.stdout.write('\nBeds: generating the 10-year 100-bed demo…\n');
    const dir = join(root, 'center-10y');
    await seedDemo(dir, { seed: 42, years: 10, beds: 100, members: 50, today: localToday() });
    const probe = await runProbe<BedsProbe>('beds-probe.ts', [dir, String(SAMPLES), String(WRITES)]);
    const p95 = (s: number[]) => percentile(s, 95);
    const ratio = p95(probe.admissions) / p95(probe.checkIns);
    const rows: TargetRow[] = [
      ['bed board, any past date (p95)', `${ms(p95(probe.board))} ms`, '< 50 ms', p95(probe.board) < 50],
      [
        'occupancy, any past date (p95)',
        `${ms(p95(probe.occupancy))} ms`,
        '< 20 ms',
        p95(probe.occupancy) < 20,
      ],
      [
        'admission durable write (p95) vs day-care check-in (p95)',
        `${ms(p95(probe.admissions))} ms vs ${ms(p95(probe.checkIns))} ms = ${ratio.toFixed(2)} ×`,
        '≤ 2 ×',
        ratio <= 2,
      ],
    ];
    process.stdout.write(
      `Beds (${SAMPLES} reads, ${WRITES} writes; ${probe.occupied} beds occupied today; p50 board ${ms(percentile(probe.board, 50))} ms, occupancy ${ms(percentile(probe.occupancy, 50))} ms, admission ${ms(percentile(probe.admissions, 50))} ms, check-in ${ms(percentile(probe.checkIns, 50))} ms; any other core change p50 ${ms(percentile(probe.coreWrites, 50))} ms, p95 ${ms(p95(probe.coreWrites))} ms; core.json rewrite in the background after a quiet second p50 ${ms(percentile(probe.checkpoints, 50))} ms, p95 ${ms(p95(probe.checkpoints))} ms)\n`,
    );
    return printTargets('beds target', rows, 60);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

// Run alone: `npx tsx tests/bench/beds-bench.ts`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = (await runBedsBench()) ? 0 : 1;
}
