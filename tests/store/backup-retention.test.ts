import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyRetention, openStore } from '../../electron/core/store';
import { stampOf } from '../../electron/core/store/paths';
import { type TestCore, testSchemas } from './fixtures/test-schemas';
import { person, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, 'backups'));
});
afterEach(() => cleanup());

const nameAt = (date: Date, reason = 'daily') => `${stampOf(date)}-${reason}.care-backup.tar.gz`;
const names = () => readdirSync(join(dir, 'backups')).sort();

/** Backup files as a center that opens every day at the given hours would have them. */
function dailyBackups(lastDay: Date, days: number, hours: readonly number[] = [8]): string[] {
  const out: string[] = [];
  for (let day = 0; day < days; day++) {
    for (const hour of hours) {
      const at = new Date(lastDay.getFullYear(), lastDay.getMonth(), lastDay.getDate() - day, hour, 0, 0);
      const name = nameAt(at);
      writeFileSync(join(dir, 'backups', name), '');
      out.push(name);
    }
  }
  return out.sort();
}

describe('retention does not trust the clock', () => {
  it('one start with the year typed five years ahead keeps the last 30 days and 24 months of history', async () => {
    const today = new Date(2026, 10, 15);
    dailyBackups(today, 800);
    const wrongNow = new Date(2031, 10, 15, 9, 0, 0);
    const store = await openStore<TestCore>({ dir, schemas: testSchemas, now: () => wrongNow });
    await store.mutate({ actor: 'x', action: 'add' }, (tx) => void tx.put('core', 'people', person('1')));
    await store.createBackup('manual'); // applies the default retention at the wrong date
    await store.close();
    const kept = names();
    expect(kept).toContain(nameAt(wrongNow, 'manual'));
    // The 29 newest real days are all there (the mistyped backup counts as one day).
    for (let day = 0; day < 29; day++) expect(kept).toContain(nameAt(new Date(2026, 10, 15 - day, 8, 0, 0)));
    // And one per month back to the 23rd month before.
    const months = new Set(kept.map((n) => n.slice(0, 6)));
    expect(months.size).toBe(24);
    expect(months.has('202501')).toBe(true); // 2026-11 back to 2025-01: 23 real months + the mistyped one
    expect(months.has('202412')).toBe(false);
  });

  it('never deletes backups dated after now (clock set back), whatever the policy', async () => {
    const created = dailyBackups(new Date(2026, 10, 15), 40, [6, 10, 14, 18]);
    const deleted = await applyRetention(dir, {
      now: () => new Date(2024, 0, 1, 12, 0, 0),
      retention: { keepLast: 1, dailyDays: 1, monthlyMonths: 1 },
    });
    expect(deleted).toEqual([]);
    expect(names()).toEqual(created);
  });

  it('keeps at least 3 daily backups and the newest of the month even when settings say 1', async () => {
    dailyBackups(new Date(2026, 10, 15), 10, [8, 20]);
    dailyBackups(new Date(2026, 9, 31), 5, [8]);
    await applyRetention(dir, {
      now: () => new Date(2026, 10, 15, 21, 0, 0),
      retention: { keepLast: 1, dailyDays: 1, monthlyMonths: 1 },
    });
    expect(names()).toEqual([
      nameAt(new Date(2026, 10, 13, 20, 0, 0)),
      nameAt(new Date(2026, 10, 14, 20, 0, 0)),
      nameAt(new Date(2026, 10, 15, 8, 0, 0)),
      nameAt(new Date(2026, 10, 15, 20, 0, 0)),
    ]);
  });

  it('keeps the newest before-restore and before-migration backups after a busy day of others', async () => {
    const day = (hour: number, reason = 'start') => nameAt(new Date(2026, 10, 15, hour, 0, 0), reason);
    const made = [
      nameAt(new Date(2026, 10, 14, 20, 0, 0), 'start'),
      day(8, 'before-migration'),
      day(8, 'before-restore').replace('080000', '080500'),
      day(9, 'before-restore'),
      day(9, 'before-migration').replace('090000', '090500'),
      ...Array.from({ length: 10 }, (_, i) => day(10 + i)),
    ];
    for (const name of made) writeFileSync(join(dir, 'backups', name), '');
    await applyRetention(dir, { now: () => new Date(2026, 10, 15, 23, 0, 0) });
    const kept = names();
    expect(kept).toContain(day(9, 'before-restore'));
    expect(kept).toContain(day(9, 'before-migration').replace('090000', '090500'));
    // Only the newest of each: the older ones go like any other.
    expect(kept).not.toContain(day(8, 'before-migration'));
    expect(kept).not.toContain(day(8, 'before-restore').replace('080000', '080500'));
  });

  it('handles both backup formats in one folder', async () => {
    const legacy = `${stampOf(new Date(2026, 10, 14, 8, 0, 0))}-daily.care-backup.json.gz`;
    writeFileSync(join(dir, 'backups', legacy), '');
    const older = `${stampOf(new Date(2026, 10, 1, 8, 0, 0))}-daily.care-backup.json.gz`;
    writeFileSync(join(dir, 'backups', older), '');
    dailyBackups(new Date(2026, 10, 15), 1);
    const deleted = await applyRetention(dir, {
      now: () => new Date(2026, 10, 15, 9, 0, 0),
      retention: { keepLast: 2, dailyDays: 2, monthlyMonths: 1 },
    });
    // Floor of 3 days: 15th (new format), 14th and 1st (old format) all stay.
    expect(deleted).toEqual([]);
    expect(names()).toContain(legacy);
  });
});
