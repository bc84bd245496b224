/**
 * Run in a fresh process by care-bench.ts on the 10-year 100-bed demo: the
 * 24-hour board (the first call, which reads the care-log and rounds months,
 * then warm calls), then rounds of 40 marks, each one durable write, beside
 * day-care check-ins in the same store. Prints one JSON line.
 */
import { RecordRoundSchema } from '../../shared/ipc/rounds';
import type { CoreDoc } from '../../shared/schema';
import { careBoard } from '../../electron/core/board/board-service';
import { careStore } from '../../electron/core/care-store';
import { expectedRows, type CareDeps } from '../../electron/core/rounds';
import { recordRound } from '../../electron/core/rounds/rounds-service';
import { openStore } from '../../electron/core/store';
import { checkInRecord, localToday } from './check-in';
import { timeEach } from './timing';

const [dir, countText, writesText] = process.argv.slice(2);
if (!dir || !countText || !writesText) throw new Error('usage: care-probe.ts <dataDir> <reads> <writes>');
const count = Number(countText);
const writes = Number(writesText);
const today = localToday();
const store = await openStore<CoreDoc>({ dir });
if (store.readOnly) throw new Error(`store opened read-only: ${store.readOnly.reason}`);
const port = careStore(store);
const deps: CareDeps = { store: () => port, actor: 'bench', now: () => new Date(), staffId: () => null };

const first = await timeEach(1, async () => {
  await careBoard(deps);
});
const board = await timeEach(count, async () => {
  await careBoard(deps);
});

const area = store.core.settings.roundPlan[0];
if (!area) throw new Error('the demo has no round area');
const sheet = expectedRows(store.core, area, today).slice(0, 40);
if (sheet.length < 40) throw new Error(`only ${sheet.length} residents in the house today`);
const staffId = store.core.staff.find((s) => s.active)?.id ?? '';
const input = RecordRoundSchema.parse({
  area: area.name,
  date: today,
  time: '00:00',
  shiftCode: '夜',
  staffId,
  marks: sheet.map((r, i) => ({ personId: r.personId, mark: i % 10 === 0 ? 'awake' : 'asleep' })),
  findings: '',
});
const rounds = await timeEach(writes, async () => {
  await recordRound(deps, input);
});

const members = store.core.enrollments
  .filter((e) => e.service === 'dayCare' && e.to === null)
  .map((e) => e.personId);
const checkIns = await timeEach(writes, async (i) => {
  const record = checkInRecord(i, members[i % members.length] as string, today);
  await store.mutate({ actor: 'bench', action: 'attendance.checkIn' }, (tx) => {
    tx.put({ kind: 'attendance', period: today.slice(0, 7) }, record);
  });
});
const view = await careBoard(deps);
await store.close();
process.stdout.write(
  JSON.stringify({ first, board, rounds, checkIns, inRegister: view.inRegister.count, marks: sheet.length }) +
    '\n',
);
