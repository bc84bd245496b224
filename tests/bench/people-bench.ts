/**
 * Elders list speed with 5,000 people (issue 4): search answers within 50 ms,
 * a person's page (people.get) within 100 ms. Measured through dispatch, as the
 * window calls it, on a generated data folder in a temporary directory.
 * Run alone: `npx tsx tests/bench/people-bench.ts`; `npm run bench` calls it at the end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ABILITY_ITEMS } from '../../shared/domain/ability';
import { toIsoDate } from '../../shared/domain/dates';
import { periodOfDate } from '../../shared/domain/period';
import { emptyHealth } from '../../shared/schema';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { openSignedInSession } from '../auth/helpers';
import type { Session } from '../../electron/core/ipc/session';
import { createMemoryLogger } from '../../electron/core/log';
import { makeIdNumber } from '../../electron/core/demo/id-numbers';
import { elderName } from '../../electron/core/demo/names';
import { createRandom } from '../../electron/core/demo/random';
import { nameSpellings } from '../../electron/core/people/pinyin';
import { ms, percentile } from './timing';

const PEOPLE = 5_000;
const VILLAGES = ['青山村', '绿水村', '白云村', '红星村', '大坪村', '柳树湾', '石桥村', '河口村'];
const SERVICES = ['residential', 'dayCare', 'homeService'] as const;

async function seedPeople(
  session: Session,
): Promise<{ ids: string[]; names: string[]; idNumbers: string[]; phones: string[] }> {
  const random = createRandom(4);
  const taken = new Set<string>();
  const at = new Date().toISOString();
  const today = toIsoDate(new Date());
  const out = {
    ids: [] as string[],
    names: [] as string[],
    idNumbers: [] as string[],
    phones: [] as string[],
  };
  await session.store.mutate({ actor: 'bench', action: 'bench.seed' }, (tx) => {
    tx.set('settings', { ...tx.core.settings, villages: VILLAGES });
    for (let i = 0; i < PEOPLE; i++) {
      const sex = random.chance(0.55) ? 'female' : 'male';
      const birthDate = `${random.int(1925, 1965)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const id = random.uuid();
      const name = elderName(random, sex);
      const idNumber = random.chance(0.95) ? makeIdNumber(random, birthDate, sex, taken) : undefined;
      const phone = `13${random.int(0, 9)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
      tx.put('core', 'people', {
        id,
        createdAt: at,
        updatedAt: at,
        name,
        sex,
        birthDate,
        ...(idNumber ? { idNumber } : {}),
        phone,
        village: random.pick(VILLAGES),
        emergencyContacts: [],
        health: { ...emptyHealth(), dementia: random.chance(0.08) },
        categories: random.chance(0.3) ? [{ category: 'minimumLiving', from: '2020-01-01' }] : [],
        status: random.chance(0.95) ? 'active' : 'deceased',
        incomplete: !idNumber,
      });
      tx.put('core', 'enrollments', {
        id: random.uuid(),
        createdAt: at,
        updatedAt: at,
        personId: id,
        service: random.pick(SERVICES),
        from: '2024-01-01',
        to: null,
      });
      for (let a = random.int(0, 3); a > 0; a--) {
        const scores = Object.fromEntries(ABILITY_ITEMS.map((item) => [item.code, random.int(0, item.max)]));
        const level = random.int(0, 4) as 0 | 1 | 2 | 3 | 4;
        tx.put('core', 'abilityAssessments', {
          id: random.uuid(),
          createdAt: at,
          updatedAt: at,
          personId: id,
          standard: 'GB/T 42195-2022',
          date: `${random.int(2020, 2025)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
          reason: 'routine',
          assessors: ['王芳', '李强'],
          scores,
          factors: { coma: false, dementia: false, psychiatric: false, riskEvents30d: {} },
          notes: '',
          result: {
            dimensions: null,
            total: null,
            preliminaryLevel: null,
            finalLevel: level,
            adjustments: [],
          },
        });
      }
      out.ids.push(id);
      out.names.push(name);
      if (idNumber) out.idNumbers.push(idNumber);
      out.phones.push(phone);
    }
    for (let i = 0; i < 300; i++) {
      tx.put(
        { kind: 'careLogs', period: periodOfDate(today) },
        {
          id: random.uuid(),
          createdAt: at,
          updatedAt: at,
          date: today,
          type: 'incident',
          category: random.pick(['fall', 'wandering', 'choking', 'scald'] as const),
          personIds: [random.pick(out.ids)],
          occurredTime: '10:00',
          description: '跌倒',
          actionTaken: '',
          place: '',
          staffIds: [],
          hospital: null,
          familyNotification: null,
          review: null,
          closed: null,
        },
      );
    }
  });
  return out;
}

/** Keystrokes as staff type them: name prefixes, pinyin initials, ID and phone fragments. */
function keystrokes(data: {
  names: string[];
  idNumbers: string[];
  phones: string[];
}): Record<string, string[]> {
  const random = createRandom(9);
  const groups: Record<string, string[]> = {
    'name prefix': [],
    'pinyin initials': [],
    'full pinyin': [],
    'ID fragment': [],
    'phone fragment': [],
  };
  for (let i = 0; i < 60; i++) {
    const name = random.pick(data.names);
    const spell = nameSpellings(name);
    const id = random.pick(data.idNumbers);
    const phone = random.pick(data.phones);
    for (let n = 1; n <= name.length; n++) groups['name prefix']?.push(name.slice(0, n));
    for (let n = 1; n <= (spell.initials[0]?.length ?? 0); n++)
      groups['pinyin initials']?.push(spell.initials[0]?.slice(0, n) ?? '');
    groups['full pinyin']?.push(spell.full[0]?.slice(0, 6) ?? '');
    for (const n of [4, 6, 10, 14]) groups['ID fragment']?.push(id.slice(0, n));
    groups['phone fragment']?.push(phone.slice(-4));
  }
  return groups;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function runPeopleBench(): Promise<boolean> {
  const root = await mkdtemp(join(tmpdir(), 'care-people-bench-'));
  const session = await openSignedInSession({
    dataDir: root,
    version: 'bench',
    systemLanguage: 'zh-CN',
    log: createMemoryLogger(),
  });
  try {
    process.stdout.write(`\nElders list: generating ${PEOPLE} people…\n`);
    const data = await seedPeople(session);
    const call = async (channel: 'people.list' | 'people.get', arg: unknown) => {
      const result = await dispatch(session.handlers, channel, arg, session.dispatchContext);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    const first = await timed(() => call('people.list', { query: 'z', limit: 50 }));
    const rows: [string, number[]][] = [];
    const searchSamples: number[] = [];
    for (const [label, queries] of Object.entries(keystrokes(data))) {
      const samples: number[] = [];
      for (const query of queries) samples.push(await timed(() => call('people.list', { query, limit: 50 })));
      rows.push([`search: ${label}`, samples]);
      searchSamples.push(...samples);
    }
    const filtered: number[] = [];
    for (let i = 0; i < 50; i++) {
      filtered.push(
        await timed(() =>
          call('people.list', {
            service: 'residential',
            village: '青山村',
            sort: { field: 'age', order: 'desc' },
            limit: 50,
          }),
        ),
      );
    }
    rows.push(['list: filter + sort by age, no query', filtered]);
    const gets: number[] = [];
    const random = createRandom(11);
    for (let i = 0; i < 200; i++)
      gets.push(await timed(() => call('people.get', { id: random.pick(data.ids) })));
    rows.push(['people.get (a person’s page)', gets]);

    const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
    process.stdout.write(`First search after open (builds the pinyin index): ${ms(first)} ms\n`);
    process.stdout.write(`${pad('', 44)}${pad('p50', 10)}${pad('p95', 10)}n\n`);
    for (const [label, samples] of rows) {
      process.stdout.write(
        `${pad(label, 44)}${pad(ms(percentile(samples, 50)), 10)}${pad(ms(percentile(samples, 95)), 10)}${samples.length}\n`,
      );
    }
    const searchP95 = Math.max(percentile(searchSamples, 95), percentile(filtered, 95));
    const getP95 = percentile(gets, 95);
    const targets: [string, string, boolean][] = [
      [`search p95 with ${PEOPLE} people < 50 ms`, `${ms(searchP95)} ms`, searchP95 < 50],
      [`people.get p95 with ${PEOPLE} people < 100 ms`, `${ms(getP95)} ms`, getP95 < 100],
    ];
    process.stdout.write('Targets\n');
    for (const [label, value, ok] of targets)
      process.stdout.write(`${ok ? 'PASS' : 'FAIL'}  ${pad(label, 56)}${value}\n`);
    return targets.every(([, , ok]) => ok);
  } finally {
    await session.close();
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = (await runPeopleBench()) ? 0 : 1;
}
