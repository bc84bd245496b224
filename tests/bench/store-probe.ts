/**
 * Run in a fresh process by bench.ts: cold open of one data folder, then N
 * durable check-ins into the current month's attendance shard. Prints one
 * JSON line with the timings and memory figures.
 */
import { openStore } from '../../electron/core/store';
import type { CoreDoc } from '../../shared/schema';
import { checkInRecord, localToday } from './check-in';
import { startMemorySampler, timeEach } from './timing';

const [dir, countText] = process.argv.slice(2);
if (!dir || !countText) throw new Error('usage: store-probe.ts <dataDir> <writes>');
const memory = startMemorySampler();
const today = localToday();

const openStart = process.hrtime.bigint();
const store = await openStore({ dir });
const openMs = Number(process.hrtime.bigint() - openStart) / 1e6;
if (store.readOnly) throw new Error(`store opened read-only: ${store.readOnly.reason}`);

const core = store.core as unknown as CoreDoc;
const members = core.enrollments
  .filter((e) => e.service === 'dayCare' && e.to === null)
  .map((e) => e.personId);
if (members.length === 0) throw new Error('no current day-care members in the demo data');

const samples = await timeEach(Number(countText), async (i) => {
  const record = checkInRecord(i, members[i % members.length] as string, today);
  await store.mutate({ actor: 'bench', action: 'attendance.checkIn' }, (tx) => {
    tx.put({ kind: 'attendance', period: today.slice(0, 7) }, record);
  });
});
await store.close();
memory.stop();
process.stdout.write(
  JSON.stringify({
    openMs,
    samples,
    peakRss: memory.peak(),
    maxRss: process.resourceUsage().maxRSS * 1024,
    members: members.length,
  }) + '\n',
);
