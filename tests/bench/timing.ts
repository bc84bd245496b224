/** Small helpers for measuring: percentiles over samples in milliseconds, and a memory sampler. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export async function timeEach(count: number, run: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await run(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

/** Samples resident set size every few milliseconds; `peak` is the largest seen. */
export function startMemorySampler(intervalMs = 5): { peak: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  timer.unref();
  return {
    peak: () => Math.max(peak, process.memoryUsage().rss),
    stop: () => clearInterval(timer),
  };
}

export function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** One measured figure against its target: label, measured, goal, met. */
export type TargetRow = [label: string, measured: string, goal: string, met: boolean];

/**
 * Prints the figures against their targets, as aligned lines and as a
 * Markdown table for the README; answers whether every target is met.
 */
export function printTargets(heading: string, rows: readonly TargetRow[], labelWidth: number): boolean {
  const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));
  for (const [label, value, target, ok] of rows)
    process.stdout.write(`${ok ? 'PASS' : 'FAIL'}  ${pad(label, labelWidth)}${pad(value, 36)}${target}\n`);
  process.stdout.write(`\n| ${heading} | measured | goal | result |\n| --- | --- | --- | --- |\n`);
  for (const [label, value, target, ok] of rows)
    process.stdout.write(`| ${label} | ${value} | ${target} | ${ok ? 'PASS' : 'FAIL'} |\n`);
  return rows.every(([, , , ok]) => ok);
}
