import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateCore, openStore, verifyStore, type RetentionPolicy } from '../../../electron/core/store';
import { referentialChecks } from '../../../electron/core/checks';
import { CURRENT_SCHEMA_VERSION, CoreDocSchema, type CoreDoc } from '../../../shared/schema';
import { readJson, tempDir } from '../helpers';

const FIXTURE_V1 = fileURLToPath(new URL('../fixtures/folder-v1', import.meta.url));
const T = '2026-10-01T08:00:00.000Z';
const LATER = '2026-10-12T08:00:00.000Z';
const PERSON = '8629a74d-e707-4540-a183-c4ee69bd0d4b';

/** Residential records as versions 1 and 2 wrote them: bare bed statuses, day-care "beds", stays without source. */
const V1_RECORDS = {
  buildings: [{ id: 'building-01', createdAt: T, updatedAt: T, name: '1号楼' }],
  rooms: [
    { id: 'room-0101', createdAt: T, updatedAt: T, buildingId: 'building-01', name: '101', floor: 1 },
    { id: 'room-rest', createdAt: T, updatedAt: T, buildingId: 'building-01', name: '日照室', floor: 1 },
  ],
  beds: [
    {
      id: 'bed-0101-1',
      createdAt: T,
      updatedAt: T,
      roomId: 'room-0101',
      label: '101-1',
      type: 'residential',
      status: 'inService',
    },
    {
      id: 'bed-0101-2',
      createdAt: T,
      updatedAt: LATER,
      roomId: 'room-0101',
      label: '101-2',
      type: 'nursing',
      status: 'outOfService',
    },
    {
      id: 'bed-rest-1',
      createdAt: T,
      updatedAt: T,
      roomId: 'room-rest',
      label: '日-1',
      type: 'dayCare',
      status: 'inService',
    },
    {
      id: 'bed-rest-2',
      createdAt: T,
      updatedAt: T,
      roomId: 'room-rest',
      label: '日-2',
      type: 'dayCare',
      status: 'inService',
    },
    {
      id: 'bed-rest-3',
      createdAt: T,
      updatedAt: T,
      roomId: 'room-rest',
      label: '日-3',
      type: 'dayCare',
      status: 'inService',
    },
  ],
  stays: [
    {
      id: 'stay-0001',
      createdAt: T,
      updatedAt: T,
      personId: PERSON,
      admittedOn: '2026-09-20',
      dischargedOn: null,
      dischargeReason: null,
      contractNumber: 'QS-1',
    },
  ],
  bedAssignments: [
    // Admitted before the bed record was created: the bed was in service by then.
    {
      id: 'assign-0001',
      createdAt: T,
      updatedAt: T,
      personId: PERSON,
      bedId: 'bed-0101-1',
      stayId: 'stay-0001',
      from: '2026-09-20',
      to: null,
    },
  ],
  leaves: [
    {
      id: 'leave-0001',
      createdAt: T,
      updatedAt: T,
      personId: PERSON,
      stayId: 'stay-0001',
      kind: 'hospital',
      from: '2026-09-25',
      expectedReturn: '2026-09-30',
      returnedAt: '2026-09-28',
    },
  ],
  referrals: [
    {
      id: 'referral-01',
      createdAt: T,
      updatedAt: T,
      direction: 'in',
      personId: PERSON,
      date: '2026-09-01',
      reason: '村里推荐',
      status: 'completed',
    },
  ],
};

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(FIXTURE_V1, dir, { recursive: true });
  const core = JSON.parse(readFileSync(join(dir, 'core.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'core.json'), JSON.stringify({ ...core, ...V1_RECORDS }, null, 2));
});
afterEach(() => cleanup());

describe('v3: dated bed status, no day-care beds, stays with source and funding', () => {
  it('turns a version 1 core, through version 2, into one the version 3 schema accepts', () => {
    const v3 = migrateCore(readJson(join(dir, 'core.json')), CURRENT_SCHEMA_VERSION) as unknown as CoreDoc;
    const parsed = CoreDocSchema.safeParse(v3);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(v3.beds.map((b) => [b.label, b.type, b.inServiceFrom, b.closures])).toEqual([
      ['101-1', 'residential', '2026-09-20', []],
      ['101-2', 'nursing', '2026-10-01', [{ from: '2026-10-12', to: null, reason: 'other' }]],
    ]);
    expect(v3.beds[0]).not.toHaveProperty('status');
    // The day-care rest room had only day-care places: it goes with them, the count moves to the profile.
    expect(v3.rooms.map((r) => r.name)).toEqual(['101']);
    expect(v3.center?.beds).toEqual({ residential: 2, dayCare: 3, nursing: 0 });
    expect(v3.stays[0]).toMatchObject({
      source: 'referral',
      referralId: 'referral-01',
      funding: 'selfPaying',
      emergencyContactConfirmed: false,
    });
    expect(v3.leaves[0]?.mealStop).toBe(true);
    expect(v3.criticalIllnesses).toEqual([]);
    expect(v3.settings.admissionAssessmentMaxAgeDays).toBe(30);
  });

  it('opens a version 1 folder through the app’s open path, and the history passes verify', async () => {
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
    expect(store.core.beds).toHaveLength(2);
    await store.close();
    expect(readJson(join(dir, 'core.json')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // The fixture's round names staff the fixture never had; the residence history itself must hold.
    const { problems } = await verifyStore(dir, { extraChecks: referentialChecks(dir) });
    expect(problems.filter((p) => p.file === 'core.json')).toEqual([]);
  });
});
