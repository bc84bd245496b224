import { cpSync, readFileSync } from 'node:fs';
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
  defaultRosterRules,
  type CoreDoc,
  type ShardDoc,
} from '../../../shared/schema';
import { readJson, tempDir } from '../helpers';

const FIXTURE_V1 = fileURLToPath(new URL('../fixtures/folder-v1', import.meta.url));

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(FIXTURE_V1, dir, { recursive: true });
});
afterEach(() => cleanup());

describe('v5: roster rules, the holidays table and the published months', () => {
  it('gives a version 1 folder, through the whole chain, the default roster rules and empty roster collections', () => {
    const core = readJson(join(dir, 'core.json'));
    expect(core.schemaVersion).toBe(1);
    const v5 = migrateCore(core, 5) as unknown as CoreDoc;
    expect(CoreDocSchema.safeParse(v5).error?.issues ?? []).toEqual([]);
    expect(v5.schemaVersion).toBe(5);
    expect(v5.settings.rosterRules).toEqual(defaultRosterRules());
    expect(v5.holidays).toEqual([]);
    expect(v5.rosterMonths).toEqual([]);
    // The older settings survive the step.
    expect(v5.settings.roundPlan.length).toBeGreaterThan(0);
  });

  it('keeps the roster cells a version 4 month file holds, unchanged', () => {
    const cell = {
      id: '7d0c6b0e-1f7e-4d43-9f0b-5b5f1d2f0a11',
      createdAt: '2026-10-01T00:00:00.000Z',
      updatedAt: '2026-10-01T00:00:00.000Z',
      date: '2026-10-02',
      staffId: '19f3969a-4f22-47ef-8a4b-7c0486cb5d6f',
      shiftCode: '夜',
      area: '1号楼',
      teamLeader: false,
    };
    const v4 = { schemaVersion: 4, kind: 'roster', period: '2026-10', appliedSeq: 0, records: [cell] };
    const v5 = migrateShard(v4, 5) as ShardDoc<'roster'>;
    expect(ShardDocSchema('roster').safeParse(v5).error?.issues ?? []).toEqual([]);
    expect(v5.records).toEqual([cell]);
  });

  it('opens a version 1 folder through the app’s open path and verifies clean', async () => {
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
    expect(store.core.settings.rosterRules.restAfterNightHours).toBe(12);
    await store.close();
    const onDisk = JSON.parse(readFileSync(join(dir, 'core.json'), 'utf8')) as CoreDoc;
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(onDisk.holidays).toEqual([]);
    const { problems } = await verifyStore(dir);
    expect(problems).toEqual([]);
  });
});
