import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  migrateCore,
  migrateShard,
  openStore,
  verifyStore,
  type RetentionPolicy,
} from '../../../electron/core/store';
import {
  CURRENT_SCHEMA_VERSION,
  CoreDocSchema,
  ShardDocSchema,
  type CoreDoc,
  type ShardDoc,
} from '../../../shared/schema';
import { readJson, tempDir } from '../helpers';

const FIXTURE_V1 = fileURLToPath(new URL('../fixtures/folder-v1', import.meta.url));
const T = '2026-10-20T12:00:00.000Z';
const PERSON = '8629a74d-e707-4540-a183-c4ee69bd0d4b';
const STAFF = '19f3969a-4f22-47ef-8a4b-7c0486cb5d6f';

/** A care-log month as versions 1-3 wrote it: a handover signed by both, one half signed, two incidents. */
const CARE_LOGS_V1 = {
  schemaVersion: 1,
  kind: 'careLogs',
  period: '2026-10',
  appliedSeq: 3,
  records: [
    {
      id: 'handover-0001',
      createdAt: T,
      updatedAt: T,
      date: '2026-10-20',
      type: 'handover',
      shiftCode: '白',
      counts: { inHouse: 2, onLeave: 1, inHospital: 0 },
      sections: {
        departures: [],
        admissions: [{ personId: PERSON, text: '新入院，步行入院' }],
        critical: [],
        events: [],
      },
      outgoing: { name: '王芳', at: T },
      incoming: { name: '李娟', at: T },
    },
    {
      id: 'handover-0002',
      createdAt: T,
      updatedAt: T,
      date: '2026-10-21',
      type: 'handover',
      shiftCode: '夜',
      counts: { inHouse: 3, onLeave: 0, inHospital: 0 },
      sections: { departures: [], admissions: [], critical: [], events: [] },
      outgoing: { name: '李娟', at: T },
      incoming: null,
    },
    {
      id: 'incident-0001',
      createdAt: T,
      updatedAt: T,
      date: '2026-10-20',
      type: 'incident',
      category: 'fall',
      personIds: [PERSON],
      occurredTime: '09:30',
      description: '卫生间滑倒',
      actionTaken: '检查无外伤',
      familyInformedAt: T,
      review: { text: '加装扶手', by: '张院长', at: T },
    },
    {
      id: 'incident-0002',
      createdAt: T,
      updatedAt: T,
      date: '2026-10-21',
      type: 'incident',
      category: 'choking',
      personIds: [PERSON],
      occurredTime: '12:10',
      description: '进食呛咳',
      actionTaken: '拍背',
      familyInformedAt: null,
      review: null,
    },
  ],
};

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(FIXTURE_V1, dir, { recursive: true });
  mkdirSync(join(dir, 'records', 'careLogs'), { recursive: true });
  writeFileSync(join(dir, 'records', 'careLogs', '2026-10.json'), JSON.stringify(CARE_LOGS_V1, null, 2));
});
afterEach(() => cleanup());

describe('v4: round plan, rounds with marks, handovers with two signatures, incidents that close', () => {
  it('turns the night round minimum into a one-area round plan and adds the fire patrol checklist', () => {
    const core = readJson(join(dir, 'core.json'));
    // Through the whole chain: the documents must parse with today's schemas.
    const v4 = migrateCore(core, CURRENT_SCHEMA_VERSION) as unknown as CoreDoc;
    expect(CoreDocSchema.safeParse(v4).error?.issues ?? []).toEqual([]);
    expect(v4.settings).not.toHaveProperty('nightRoundMinimum');
    // Two night rounds between 22:00 and 06:00: one at each end.
    expect(v4.settings.roundPlan).toEqual([
      {
        name: '全院',
        places: [],
        night: { from: '22:00', to: '06:00', everyHours: 8 },
        dayTimes: ['10:00', '15:00'],
        dayEvery: null,
      },
    ]);
    expect(v4.settings.firePatrol.perNight).toBe(2);
    expect(v4.settings.firePatrol.items.length).toBeGreaterThanOrEqual(5);
    // Four rounds asked for become one every two hours (22, 0, 2, 4, 6).
    const settings = (core.settings ?? {}) as Record<string, unknown>;
    const four = migrateCore(
      { ...core, settings: { ...settings, nightRoundMinimum: 4 } },
      CURRENT_SCHEMA_VERSION,
    ) as unknown as CoreDoc;
    expect(four.settings.roundPlan[0]?.night).toEqual({ from: '22:00', to: '06:00', everyHours: 2 });
  });

  it('keeps an old round’s counts, with 应查 taken as 实查 and no marks', () => {
    const shard = migrateShard(
      readJson(join(dir, 'records', 'rounds', '2026-10.json')),
      CURRENT_SCHEMA_VERSION,
    ) as ShardDoc<'rounds'>;
    expect(ShardDocSchema('rounds').safeParse(shard).error?.issues ?? []).toEqual([]);
    expect(shard.records[0]).toMatchObject({
      type: 'round',
      marks: [],
      expectedCount: 2,
      checkedCount: 2,
      abnormalCount: 0,
      staffId: STAFF,
    });
  });

  it('keeps the residents an old round named as seen, without inventing a mark for them', () => {
    const v1 = readJson(join(dir, 'records', 'rounds', '2026-10.json'));
    const records = v1.records as Record<string, unknown>[];
    const withNames = { ...v1, records: records.map((r) => ({ ...r, personIds: [PERSON] })) };
    const shard = migrateShard(withNames, CURRENT_SCHEMA_VERSION) as ShardDoc<'rounds'>;
    const parsed = ShardDocSchema('rounds').parse(shard);
    expect(parsed.records[0]).toMatchObject({ personIds: [PERSON], marks: [] });
  });

  it('gives handovers 总人数, the new sections and a state, and incidents a notification and closing', () => {
    const shard = migrateShard(
      readJson(join(dir, 'records', 'careLogs', '2026-10.json')),
      CURRENT_SCHEMA_VERSION,
    ) as ShardDoc<'careLogs'>;
    expect(ShardDocSchema('careLogs').safeParse(shard).error?.issues ?? []).toEqual([]);
    const [signed, half, handled, open] = shard.records;
    expect(signed).toMatchObject({
      state: 'signed',
      area: '',
      counts: { total: 3, inHouse: 2, onLeave: 1, inHospital: 0 },
      addenda: [],
    });
    expect(signed?.type === 'handover' && signed.sections.leave).toEqual([]);
    expect(half).toMatchObject({ state: 'draft', incoming: null });
    expect(handled).toMatchObject({
      familyNotification: { at: T, channel: 'unrecorded', by: '' },
      review: { text: '加装扶手', correctiveAction: '', by: '张院长' },
      closed: { by: '张院长', at: T },
    });
    expect(handled).not.toHaveProperty('familyInformedAt');
    expect(open).toMatchObject({ familyNotification: null, review: null, closed: null, hospital: null });
  });

  it('opens a version 1 folder with rounds and care logs through the app’s open path', async () => {
    const store = await openStore<CoreDoc>({
      dir,
      now: () => new Date(2026, 10, 15, 9, 30),
      backup: {
        onStart: true,
        daily: true,
        retention: (core: unknown): Partial<RetentionPolicy> | undefined =>
          (core as Partial<CoreDoc> | undefined)?.settings?.backupRetention,
      },
    });
    expect(store.readOnly).toBeNull();
    const logs = await store.shard('careLogs', '2026-10');
    expect(logs.records).toHaveLength(4);
    await store.close();
    expect(readJson(join(dir, 'core.json')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const rounds = JSON.parse(
      readFileSync(join(dir, 'records', 'rounds', '2026-10.json'), 'utf8'),
    ) as ShardDoc;
    expect(rounds.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const { problems } = await verifyStore(dir);
    expect(problems).toEqual([]);
  });
});
