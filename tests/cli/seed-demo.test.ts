import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreAbility } from '../../shared/domain/ability';
import { idCheckChar, validateIdNumber } from '../../shared/domain/id-number';
import { RISK_CODES, gradeNeedsMeasures } from '../../shared/domain/risk';
import type { CoreDoc } from '../../shared/schema';
import { ageOn } from '../../shared/domain/dates';
import { DEMO_ACCOUNTS } from '../../electron/core/demo/users';
import { isCommonPassword } from '../../electron/core/auth/common-passwords';
import { SMALL, TODAY, care, dataFingerprint, readJson, removeTempDirs, tempDir } from './helpers';

let dir: string;
let core: CoreDoc;
let seeded: { stdout: string };

beforeAll(async () => {
  dir = await tempDir('seed');
  const result = await care(['seed-demo', '--data', dir, ...SMALL]);
  expect(result.code, result.stderr).toBe(0);
  seeded = result;
  core = await readJson<CoreDoc>(join(dir, 'core.json'));
});
afterAll(removeTempDirs);

describe('care seed-demo', () => {
  it('is deterministic: the same options give byte-identical data files', async () => {
    const again = await tempDir('seed-again');
    expect((await care(['seed-demo', '--data', again, ...SMALL])).code).toBe(0);
    // Password hashes take a fresh random salt each time, by design: compared apart below.
    const { 'credentials.json': firstHashes, ...first } = await dataFingerprint(dir);
    const { 'credentials.json': againHashes, ...second } = await dataFingerprint(again);
    expect(Object.keys(first).length).toBeGreaterThan(20);
    expect(second).toEqual(first);
    expect(firstHashes).toBeTruthy();
    expect(againHashes).not.toBe(firstHashes);
  });

  it('gives a different center for a different seed', async () => {
    const other = await tempDir('seed-other');
    const args = SMALL.map((a) => (a === '7' ? '8' : a));
    expect((await care(['seed-demo', '--data', other, ...args])).code).toBe(0);
    const otherCore = await readJson<CoreDoc>(join(other, 'core.json'));
    expect(otherCore.people.map((p) => p.name)).not.toEqual(core.people.map((p) => p.name));
  });

  it('writes a center profile, villages, beds, staff, shifts and partners', () => {
    expect(core.center?.township).toBe('青山镇');
    expect(core.settings.villages.length).toBeGreaterThanOrEqual(10);
    expect(core.beds).toHaveLength(20);
    expect(core.staff.length).toBeGreaterThan(5);
    expect(core.shiftTemplates.map((s) => s.code)).toEqual(expect.arrayContaining(['白', '夜']));
    expect(core.partners.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['countyInstitution', 'hospital']),
    );
    expect(core.villagePoints.length).toBeGreaterThan(0);
  });

  it('gives every person a valid ID number that matches birth date and sex', () => {
    expect(core.people.length).toBeGreaterThan(30);
    const seen = new Set<string>();
    for (const person of core.people) {
      const id = person.idNumber as string;
      expect(id).toMatch(/^\d{17}[\dX]$/);
      expect(id[17]).toBe(idCheckChar(id.slice(0, 17)));
      const checked = validateIdNumber(id, TODAY);
      expect(checked.ok).toBe(true);
      if (checked.ok) {
        expect(checked.birthDate).toBe(person.birthDate);
        expect(checked.sex).toBe(person.sex);
      }
      expect(seen.has(id)).toBe(false);
      seen.add(id);
    }
  });

  it('makes everyone 60 to 100 years old on --today', () => {
    for (const person of core.people) {
      const age = ageOn(person.birthDate, TODAY);
      expect(age).toBeGreaterThanOrEqual(60);
      expect(age).toBeLessThanOrEqual(100);
    }
  });

  it('never lets two bed assignments overlap on one bed, and frees beds at discharge', () => {
    const byBed = new Map<string, CoreDoc['bedAssignments']>();
    for (const a of core.bedAssignments) byBed.set(a.bedId, [...(byBed.get(a.bedId) ?? []), a]);
    for (const list of byBed.values()) {
      const sorted = [...list].sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        expect(prev.to).not.toBeNull();
        expect(sorted[i]!.from > (prev.to as string)).toBe(true);
      }
    }
    const stays = new Map(core.stays.map((s) => [s.id, s]));
    for (const a of core.bedAssignments) expect(a.to).toBe(stays.get(a.stayId as string)?.dischargedOn);
    const dead = core.people.filter((p) => p.status === 'deceased');
    expect(dead.length).toBeGreaterThan(0);
    for (const p of dead)
      expect(core.bedAssignments.some((a) => a.personId === p.id && a.to === null)).toBe(false);
  });

  it('stores ability levels as the domain scoring computes them, and measures for every risk above low', () => {
    expect(core.abilityAssessments.length).toBeGreaterThan(core.people.length / 2);
    for (const a of core.abilityAssessments) expect(a.result).toEqual(scoreAbility(a.scores, a.factors));
    for (const r of core.riskAssessments) {
      for (const code of RISK_CODES) {
        const entry = r.risks[code];
        if (gradeNeedsMeasures(entry.grade)) expect(entry.measures?.trim()).toBeTruthy();
      }
    }
  });

  it('keeps history in every shard kind and logs one demo.seed entry per monthly batch', async () => {
    for (const kind of ['attendance', 'visits', 'rounds', 'careLogs', 'roster']) {
      expect((await readdir(join(dir, 'records', kind))).length).toBeGreaterThanOrEqual(12);
    }
    const entries: { action: string; actor: string }[] = [];
    for (const file of await readdir(join(dir, 'audit'))) {
      for (const line of (await readFile(join(dir, 'audit', file), 'utf8')).split('\n')) {
        if (line.trim()) entries.push(JSON.parse(line) as { action: string; actor: string });
      }
    }
    expect(entries.length).toBe(14);
    expect(new Set(entries.map((e) => e.action))).toEqual(new Set(['demo.seed', 'demo.users']));
  });

  it('files every handover under the day its shift starts, signed once that shift has begun', async () => {
    const starts = new Map(core.shiftTemplates.map((s) => [s.code, s.start]));
    const handovers: { date: string; shiftCode: string; outgoing: { at: string } | null }[] = [];
    for (const file of await readdir(join(dir, 'records', 'careLogs'))) {
      const shard = await readJson<{ records: { type: string }[] }>(join(dir, 'records', 'careLogs', file));
      for (const record of shard.records) if (record.type === 'handover') handovers.push(record as never);
    }
    expect(handovers.some((h) => h.shiftCode === '夜')).toBe(true);
    for (const h of handovers) {
      // A night shift belongs to the evening it starts: signed the next morning, never before it began.
      const start = new Date(`${h.date}T${starts.get(h.shiftCode) ?? '00:00'}:00`).getTime();
      expect(new Date(h.outgoing?.at ?? '').getTime(), `${h.date} ${h.shiftCode}`).toBeGreaterThan(start);
    }
  });

  it('creates one account per role, linked to demo staff, and prints their passwords', () => {
    const roles = core.users.map((u) => u.role).sort();
    expect(roles).toEqual(['admin', 'manager', 'staff', 'viewer']);
    const director = core.staff.find((s) => s.post === 'management');
    const admin = core.users.find((u) => u.role === 'admin');
    expect(director?.userId).toBe(admin?.id);
    const carer = core.staff.find((s) => s.userId === core.users.find((u) => u.role === 'staff')?.id);
    expect(carer?.post).toBe('carer');
    expect(core.staff.some((s) => s.userId === core.users.find((u) => u.role === 'viewer')?.id)).toBe(false);
    for (const account of DEMO_ACCOUNTS) {
      expect(seeded.stdout).toContain(account.password);
      expect(isCommonPassword(account.password)).toBe(false);
    }
  });

  it('passes care verify', async () => {
    const result = await care(['verify', '--data', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('检查通过');
  });

  it('refuses a folder that is not empty, even with --force, and leaves it untouched', async () => {
    const before = await dataFingerprint(dir);
    const result = await care(['seed-demo', '--data', dir, '--force', ...SMALL]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('不是空的');
    expect(await dataFingerprint(dir)).toEqual(before);
  });
});
