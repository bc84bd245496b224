/**
 * Run in a fresh process by backup-bench.ts: open one data folder, then either
 * make a backup or restore the named one, sampling resident memory and heap
 * while it runs. Prints one JSON line.
 */
import { openStore, type ReadOnlyState } from '../../electron/core/store';

const [dir, mode, name] = process.argv.slice(2);
if (!dir || (mode !== 'backup' && mode !== 'restore')) {
  throw new Error('usage: backup-probe.ts <dataDir> backup|restore [name]');
}

const store = await openStore({ dir });
if (store.readOnly) throw new Error(`store opened read-only: ${store.readOnly.reason}`);
const before = process.memoryUsage();
let peakRss = before.rss;
let peakHeap = before.heapUsed;
const timer = setInterval(() => {
  const now = process.memoryUsage();
  peakRss = Math.max(peakRss, now.rss);
  peakHeap = Math.max(peakHeap, now.heapUsed);
}, 5);
const started = performance.now();
const info =
  mode === 'backup' ? await store.createBackup('manual') : await store.restoreBackup(name as string);
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
// Read again after the operation: a restore that failed half-way leaves the store read-only.
const readOnly = store.readOnly as ReadOnlyState | null;
await store.close();
process.stdout.write(
  JSON.stringify({
    name: info.name,
    seconds,
    baseRss: before.rss,
    baseHeap: before.heapUsed,
    peakRss,
    peakHeap,
    readOnly: readOnly?.reason ?? null,
  }) + '\n',
);
