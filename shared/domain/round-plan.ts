/**
 * Rounds and fire patrols the plan asks for, as local minutes 'YYYY-MM-DDTHH:mm'
 * (strings compare in time order). A night belongs to the date it starts.
 *
 * A slot is kept by a round of its area made from EARLY_MINUTES before it up to
 * the next slot (or the window's length after the last one); each round keeps
 * one slot only. A slot is `due` from its time until then, `missed` after.
 */
import { addDaysIso } from './census';
import { minutesOfDay } from './dates';

/** Carers start a round a little before the hour; a round this early still keeps its slot. */
export const EARLY_MINUTES = 15;
/** The window of the last of a day's listed round times. */
export const LAST_LISTED_WINDOW_MINUTES = 120;

export interface Window {
  from: string;
  to: string;
  everyHours: number;
}

export interface PlanArea {
  name: string;
  night: Window | null;
  dayTimes: readonly string[];
  dayEvery: Window | null;
}

export interface Slot {
  area: string;
  night: string;
  kind: 'night' | 'day';
  /** 'YYYY-MM-DDTHH:mm' */
  at: string;
  until: string;
}

export type SlotState = 'done' | 'due' | 'missed' | 'upcoming';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `minutes` after midnight of `date` (may run into the next days). */
export function stampAt(date: string, minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const m = minutes - days * 1440;
  return `${addDaysIso(date, days)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

export function stampOf(date: string, time: string): string {
  return `${date}T${time}`;
}

/** Minutes from `a` to `b`, both stamps. */
export function minutesBetween(a: string, b: string): number {
  const ms = (s: string) => Date.parse(`${s.slice(0, 10)}T00:00:00Z`) / 60_000 + minutesOfDay(s.slice(11));
  return ms(b) - ms(a);
}

export function addMinutes(stamp: string, minutes: number): string {
  return stampAt(stamp.slice(0, 10), minutesOfDay(stamp.slice(11)) + minutes);
}

/** Start and end minutes of a window on `date`; past midnight when `to` is not after `from`. */
export function windowSpan(date: string, w: { from: string; to: string }): { start: string; end: string } {
  const from = minutesOfDay(w.from);
  let to = minutesOfDay(w.to);
  if (to <= from) to += 1440;
  return { start: stampAt(date, from), end: stampAt(date, to) };
}

function windowSlots(area: string, date: string, kind: 'night' | 'day', w: Window): Slot[] {
  const from = minutesOfDay(w.from);
  let to = minutesOfDay(w.to);
  if (to <= from) to += 1440;
  const step = w.everyHours * 60;
  const out: Slot[] = [];
  for (let m = from; m <= to; m += step)
    out.push({ area, night: date, kind, at: stampAt(date, m), until: stampAt(date, m + step) });
  return out;
}

/** Every slot of one area for the day and night starting on `date`, in time order. */
export function slotsOn(area: PlanArea, date: string): Slot[] {
  const out: Slot[] = [];
  if (area.dayEvery) out.push(...windowSlots(area.name, date, 'day', area.dayEvery));
  else {
    const times = [...area.dayTimes].sort();
    times.forEach((t, i) => {
      const next = times[i + 1];
      const at = stampOf(date, t);
      out.push({
        area: area.name,
        night: date,
        kind: 'day',
        at,
        until: next ? stampOf(date, next) : addMinutes(at, LAST_LISTED_WINDOW_MINUTES),
      });
    });
  }
  if (area.night) out.push(...windowSlots(area.name, date, 'night', area.night));
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

export interface RoundAt {
  id: string;
  area: string;
  /** 'YYYY-MM-DDTHH:mm' */
  at: string;
}

export interface SlotResult extends Slot {
  state: SlotState;
  roundId: string | null;
}

/**
 * Matches rounds to slots (each round keeps the earliest open slot whose
 * window holds it) and states each slot at `now`.
 */
export function stateSlots(slots: readonly Slot[], rounds: readonly RoundAt[], now: string): SlotResult[] {
  const ordered = [...slots].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const used = new Set<string>();
  const byArea = new Map<string, RoundAt[]>();
  for (const r of [...rounds].sort((a, b) => (a.at < b.at ? -1 : 1))) {
    const list = byArea.get(r.area) ?? [];
    list.push(r);
    byArea.set(r.area, list);
  }
  return ordered.map((slot) => {
    const opens = addMinutes(slot.at, -EARLY_MINUTES);
    const round = (byArea.get(slot.area) ?? []).find(
      (r) => !used.has(r.id) && r.at >= opens && r.at < slot.until,
    );
    if (round) {
      used.add(round.id);
      return { ...slot, state: 'done', roundId: round.id };
    }
    const state: SlotState = now < slot.at ? 'upcoming' : now < slot.until ? 'due' : 'missed';
    return { ...slot, state, roundId: null };
  });
}

export interface PatrolCount {
  night: string;
  required: number;
  done: number;
  ids: string[];
  state: 'done' | 'open' | 'missed';
}

/** Patrols made within the night starting on `date`, against the number required. */
export function patrolNight(
  date: string,
  plan: { perNight: number; night: { from: string; to: string } },
  patrols: readonly { id: string; at: string }[],
  now: string,
): PatrolCount {
  const { start, end } = windowSpan(date, plan.night);
  const ids = patrols.filter((p) => p.at >= start && p.at < end).map((p) => p.id);
  const done = ids.length;
  const state = done >= plan.perNight ? 'done' : now < end ? 'open' : 'missed';
  return { night: date, required: plan.perNight, done, ids, state };
}
