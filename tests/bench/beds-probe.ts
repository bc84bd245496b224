/**
 * Run in a fresh process by beds-bench.ts on the 10-year 100-bed demo: the bed
 * board and the occupancy of random past dates, then admissions (each one
 * durable write of stay, bed and enrolment, after the invariant checks) beside
 * day-care check-ins in the same store. Prints one JSON line.
 */
import { join } from 'node:path';
import { addDaysIso } from '../../shared/domain/census';
import { emptyHealth, type CoreDoc, type Person } from '../../shared/schema';
import { AdmitSchema, DischargeSchema } from '../../shared/ipc/beds';
import { buildBoard, freeBeds, occupancyRows } from '../../electron/core/beds';
import { admit } from '../../electron/core/beds/admission';
import { discharge } from '../../electron/core/beds/stay-changes';
import { careStore } from '../../electron/core/care-store';
import { peopleDeps } from '../../electron/core/people';
import { PeopleView } from '../../electron/core/people/view';
import { nodeFileSystem, openStore } from '../../electron/core/store';
import { writeDocument } from '../../electron/core/store/durable-file';
import { checkInRecord, localToday } from './check-in';
import { timeEach } from './timing';

const [dir, countText, writesText] = process.argv.slice(2);
if (!dir || !countText || !writesText) throw new Error('usage: beds-probe.ts <dataDir> <reads> <writes>');
const count = Number(countText);
const writes = Number(writesText);
const today = localToday();
const store = await openStore<CoreDoc>({ dir });
if (store.readOnly) throw new Error(`store opened read-only: ${store.readOnly.reason}`);
const port = careStore(store);
const deps = {
  store: () => port,
  actor: 'bench',
  people: peopleDeps({ store: () => port, peopleView: new PeopleView(() => port), actor: 'bench' }),
};

// Deterministic spread of past dates over the ten years.
const pastDay = (i: number) => addDaysIso(today, -((i * 7919) % 3650));
const board = await timeEach(count, (i) => {
  buildBoard(store.core, pastDay(i));
  return Promise.resolve();
});
const occupancy = await timeEach(count, (i) => {
  occupancyRows(store.core, pastDay(i + 1));
  return Promise.resolve();
});
const occupied = occupancyRows(store.core, today).length;

// Newcomers to admit, written once beforehand (not measured).
const at = new Date().toISOString();
const newcomers: Person[] = Array.from({ length: writes }, (_, i) => ({
  id: `bench-person-${String(i).padStart(5, '0')}`,
  createdAt: at,
  updatedAt: at,
  name: `测试${'甲乙丙丁戊己庚辛壬癸'[i % 10] ?? ''}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(i / 10) % 12] ?? ''}`,
  sex: i % 2 === 0 ? 'male' : 'female',
  birthDate: '1945-05-01',
  emergencyContacts: [],
  health: emptyHealth(),
  categories: [],
  status: 'active',
  incomplete: true,
}));
await store.mutate({ actor: 'bench', action: 'bench.people' }, (tx) => {
  for (const p of newcomers) tx.put('core', 'people', p);
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

// Any change of a core record is durable once logged, as an admission is: the same edit of a person, for reference.
const coreWrites = await timeEach(writes, async (i) => {
  const person = newcomers[i] as Person;
  await store.mutate({ actor: 'bench', action: 'people.update' }, (tx) => {
    tx.put('core', 'people', { ...person, updatedAt: new Date().toISOString() });
  });
});

// Each newcomer is admitted into a bed free today, then leaves the same day (not measured), freeing it again.
const admissions: number[] = [];
for (const person of newcomers) {
  const bed = freeBeds(store.core, today, person.id)[0];
  if (!bed) throw new Error('no free bed in the demo today');
  const input = AdmitSchema.parse({
    personId: person.id,
    bedId: bed.bedId,
    admittedOn: today,
    contractNumber: 'BENCH',
    source: 'home',
    funding: 'selfPaying',
    emergencyContactConfirmed: true,
    overrideReason: '性能测试',
  });
  const start = process.hrtime.bigint();
  await admit(deps, input);
  admissions.push(Number(process.hrtime.bigint() - start) / 1e6);
  await discharge(deps, DischargeSchema.parse({ personId: person.id, on: today, reason: 'other' }));
}
// What the store does in the background after a quiet second (or 100 waiting changes): rewrite
// core.json whole. Timed on a sibling file of the same folder, so the store's own file is left alone.
const checkpoints = await timeEach(Math.min(writes, 20), () =>
  writeDocument(nodeFileSystem, join(dir, 'core-checkpoint-bench.json'), store.core),
);
await store.close();
process.stdout.write(
  JSON.stringify({ board, occupancy, checkIns, coreWrites, admissions, checkpoints, occupied }) + '\n',
);
