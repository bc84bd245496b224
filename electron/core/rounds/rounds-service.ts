/**
 * The round plan, round sheets, rounds and the slots the plan asks for. A
 * round is one record with a mark per resident, written in one durable
 * change; 应查 is counted by the core from the area's residents at the
 * round's date, 实查 from the marks.
 */
import type { z } from 'zod';
import { CareError } from '../../../shared/errors';
import { isLiveRecord } from '../../../shared/domain/census';
import { slotsOn, stampOf, stateSlots, type RoundAt } from '../../../shared/domain/round-plan';
import { periodOfDate } from '../../../shared/domain/period';
import type {
  DateRangeSchema,
  ListRoundsSchema,
  RecordRoundSchema,
  RoundPlanView,
  RoundSheet,
  RoundSlot,
  SavePlanSchema,
  SheetQuerySchema,
} from '../../../shared/ipc/rounds';
import type { CoreDoc, Round, Settings } from '../../../shared/schema';
import { newId } from '../../../shared/schema/common';
import { expectedRows, findArea } from './area';
import { localNow, type CareDeps } from './deps';
import { nextDay, recordsBetween } from './read';

export function roundPlan(core: Readonly<CoreDoc>): RoundPlanView {
  return { areas: core.settings.roundPlan, firePatrol: core.settings.firePatrol };
}

export async function saveRoundPlan(
  deps: CareDeps,
  input: z.output<typeof SavePlanSchema>,
): Promise<RoundPlanView> {
  const { at } = localNow(deps);
  const summary = input.areas.map((a) => a.name).join('、');
  return deps.store().mutate({ actor: deps.actor, action: 'rounds.savePlan', summary }, (tx) => {
    const names = new Set<string>();
    const buildings = new Set(tx.core.buildings.map((b) => b.id));
    for (const area of input.areas) {
      if (names.has(area.name)) throw new CareError('rounds.duplicateArea', { area: area.name });
      names.add(area.name);
      const unknown = area.places.find((p) => !buildings.has(p.buildingId));
      if (unknown) throw new CareError('rounds.unknownBuilding', { area: area.name });
    }
    const settings: Settings = {
      ...tx.core.settings,
      roundPlan: input.areas,
      firePatrol: input.firePatrol,
      updatedAt: at,
    };
    tx.set('settings', settings);
    return { areas: settings.roundPlan, firePatrol: settings.firePatrol };
  });
}

export function roundSheet(core: Readonly<CoreDoc>, input: z.output<typeof SheetQuerySchema>): RoundSheet {
  const area = findArea(core, input.area);
  return {
    area: area.name,
    date: input.date,
    time: input.time,
    expected: expectedRows(core, area, input.date),
  };
}

/** The staff member who made the round: the one named, or the signed-in user's own record. */
export function roundStaff(deps: CareDeps, core: Readonly<CoreDoc>, staffId: string | undefined): string {
  const id = staffId ?? deps.staffId();
  if (!id) throw new CareError('rounds.staffRequired');
  const member = core.staff.find((s) => s.id === id);
  if (!member) throw new CareError('rounds.staffNotFound', { id });
  return member.id;
}

export function notInFuture(deps: CareDeps, date: string, time: string): void {
  const now = localNow(deps);
  if (stampOf(date, time) > now.stamp) throw new CareError('rounds.future', { date, time });
}

export async function recordRound(deps: CareDeps, input: z.output<typeof RecordRoundSchema>): Promise<Round> {
  const { at } = localNow(deps);
  const summary = `${input.area} ${input.date} ${input.time} ${input.marks.length}`;
  return deps.store().mutate({ actor: deps.actor, action: 'rounds.record', summary }, (tx) => {
    const area = findArea(tx.core, input.area);
    notInFuture(deps, input.date, input.time);
    const staffId = roundStaff(deps, tx.core, input.staffId);
    const expected = expectedRows(tx.core, area, input.date);
    const inArea = new Set(expected.map((r) => r.personId));
    const seen = new Set<string>();
    for (const mark of input.marks) {
      const name = tx.core.people.find((p) => p.id === mark.personId)?.name ?? mark.personId;
      if (seen.has(mark.personId)) throw new CareError('rounds.markedTwice', { name });
      if (!inArea.has(mark.personId))
        throw new CareError('rounds.notInArea', { name, area: area.name, date: input.date });
      seen.add(mark.personId);
    }
    const round: Round = {
      id: newId(),
      createdAt: at,
      updatedAt: at,
      type: 'round',
      date: input.date,
      time: input.time,
      shiftCode: input.shiftCode,
      staffId,
      area: area.name,
      marks: input.marks,
      expectedCount: expected.length,
      checkedCount: input.marks.length,
      abnormalCount: input.marks.filter((m) => m.mark === 'needsAttention').length,
      findings: input.findings,
    };
    tx.put({ kind: 'rounds', period: periodOfDate(input.date) }, round);
    return round;
  });
}

export async function listRounds(deps: CareDeps, input: z.output<typeof ListRoundsSchema>): Promise<Round[]> {
  const records = await recordsBetween(deps.store(), 'rounds', input.date, input.date);
  return records
    .filter((r): r is Round => r.type === 'round' && isLiveRecord(r))
    .filter((r) => input.area === undefined || r.area === input.area)
    .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
}

export function roundsAt(
  records: readonly {
    type: string;
    id: string;
    area: string;
    date: string;
    time: string;
    voided?: unknown;
  }[],
): RoundAt[] {
  return records
    .filter((r) => r.type === 'round' && isLiveRecord(r))
    .map((r) => ({ id: r.id, area: r.area, at: stampOf(r.date, r.time) }));
}

/** Every slot of every area for the days and nights starting from `from` to `to`, stated now. */
export async function roundSlots(
  deps: CareDeps,
  input: z.output<typeof DateRangeSchema>,
): Promise<RoundSlot[]> {
  const store = deps.store();
  const records = await recordsBetween(store, 'rounds', input.from, nextDay(input.to));
  return slotsBetween(store.core, roundsAt(records), input.from, input.to, localNow(deps).stamp);
}

export function slotsBetween(
  core: Readonly<CoreDoc>,
  rounds: readonly RoundAt[],
  from: string,
  to: string,
  now: string,
): RoundSlot[] {
  const slots = [];
  for (let d = from; d <= to; d = nextDay(d))
    for (const area of core.settings.roundPlan) slots.push(...slotsOn(area, d));
  return stateSlots(slots, rounds, now).map((s) => ({
    area: s.area,
    night: s.night,
    date: s.at.slice(0, 10),
    time: s.at.slice(11),
    kind: s.kind,
    until: s.until,
    state: s.state,
    roundId: s.roundId,
  }));
}
