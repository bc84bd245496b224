/**
 * THE census rule of the residential service, used by the bed board, the bed
 * history, the command line, the monthly returns and `verify` alike.
 *
 * The census of day d is taken at the end of day d. Every dated residential
 * record is a half-open span [from, until): it holds on `from` and stops
 * holding on `until`, the day of departure, return or reopening.
 *
 * - A resident is in the register on d when `admittedOn <= d` and
 *   (`dischargedOn` is empty or `dischargedOn > d`): the discharge day is the
 *   day of departure, served but not counted at its census.
 * - A bed assignment covers d when `from <= d` and (`to` is empty or `to > d`).
 * - A resident is away on d when a leave or hospital stay has `from <= d` and
 *   (`returnedAt` is empty or `returnedAt > d`). Away residents stay in the
 *   register and keep their bed; a leave returning the same day is no absence
 *   at the census. A death in hospital ends the leave on the day of death.
 * - A bed closure and a critical-illness mark follow the same [from, to) rule.
 *
 * Dates are 'YYYY-MM-DD' strings, so plain string comparison orders them.
 */
import { daysBetween } from './dates';

/** A half-open span of days: `until` null while it lasts. */
export interface DaySpan {
  from: string;
  until: string | null;
}

/** Whether a span holds at the census of day `d`. */
export function spanCovers(span: DaySpan, d: string): boolean {
  return span.from <= d && (span.until === null || span.until > d);
}

/** Whether two spans share at least one census day. */
export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return (b.until === null || a.from < b.until) && (a.until === null || b.from < a.until);
}

/** The first census day both spans hold, or null when they never do. */
export function firstSharedDay(a: DaySpan, b: DaySpan): string | null {
  if (!spansOverlap(a, b)) return null;
  return a.from > b.from ? a.from : b.from;
}

/** A span with no census day at all (admitted and discharged the same day). */
export function spanIsEmpty(span: DaySpan): boolean {
  return span.until !== null && span.until <= span.from;
}

export interface StayDates {
  admittedOn: string;
  dischargedOn: string | null;
}
export interface AssignmentDates {
  from: string;
  to: string | null;
}
export interface LeaveDates {
  from: string;
  returnedAt: string | null;
}

export const staySpan = (s: StayDates): DaySpan => ({ from: s.admittedOn, until: s.dischargedOn });
export const assignmentSpan = (a: AssignmentDates): DaySpan => ({ from: a.from, until: a.to });
export const leaveSpan = (l: LeaveDates): DaySpan => ({ from: l.from, until: l.returnedAt });

/** In the register (在册) at the census of day d. */
export function inRegister(stay: StayDates, d: string): boolean {
  return spanCovers(staySpan(stay), d);
}

/** The bed assignment holds the bed at the census of day d. */
export function assignmentCovers(a: AssignmentDates, d: string): boolean {
  return spanCovers(assignmentSpan(a), d);
}

/** Away (on leave or in hospital) at the census of day d. */
export function awayOn(leave: LeaveDates, d: string): boolean {
  return spanCovers(leaveSpan(leave), d);
}

/** Voided records keep their place in the file but count for nothing. */
export function isLiveRecord(record: { voided?: unknown }): boolean {
  return record.voided === undefined || record.voided === null;
}

export type OccupancyStatus = 'inHouse' | 'leave' | 'hospital';
export const OCCUPANCY_STATUSES: readonly OccupancyStatus[] = ['inHouse', 'leave', 'hospital'];

export interface CensusStay extends StayDates {
  id: string;
  personId: string;
  voided?: unknown;
}
export interface CensusAssignment extends AssignmentDates {
  id: string;
  personId: string;
  bedId: string;
  stayId?: string | undefined;
  voided?: unknown;
}
export interface CensusLeave extends LeaveDates {
  id: string;
  personId: string;
  kind: 'leave' | 'hospital';
  expectedReturn: string | null;
  voided?: unknown;
}

/** The residential history the point-in-time questions read. */
export interface ResidenceHistory {
  stays: readonly CensusStay[];
  bedAssignments: readonly CensusAssignment[];
  leaves: readonly CensusLeave[];
}

/** Who lay in one bed at the census of a day, and whether they were in the house. */
export interface BedOccupancy {
  bedId: string;
  personId: string;
  assignmentId: string;
  stayId: string | null;
  admittedOn: string | null;
  status: OccupancyStatus;
  /** The leave or hospital stay that keeps the resident away, when away. */
  leave: CensusLeave | null;
}

/** The leave that keeps `personId` away on d, if any. */
export function leaveOn(leaves: readonly CensusLeave[], personId: string, d: string): CensusLeave | null {
  for (const l of leaves) if (l.personId === personId && isLiveRecord(l) && awayOn(l, d)) return l;
  return null;
}

/**
 * Bed → occupant at the census of day d. An assignment counts only while its
 * resident is in the register that day, so a bed is never shown held by
 * somebody already discharged even when an old record left it open.
 */
export function occupancyOn(history: ResidenceHistory, d: string): Map<string, BedOccupancy> {
  const stayOf = new Map<string, CensusStay>();
  for (const s of history.stays) if (isLiveRecord(s) && inRegister(s, d)) stayOf.set(s.personId, s);
  const awayBy = new Map<string, CensusLeave>();
  for (const l of history.leaves) if (isLiveRecord(l) && awayOn(l, d)) awayBy.set(l.personId, l);
  const out = new Map<string, BedOccupancy>();
  for (const a of history.bedAssignments) {
    if (!isLiveRecord(a) || !assignmentCovers(a, d)) continue;
    const stay = stayOf.get(a.personId);
    if (!stay) continue;
    const leave = awayBy.get(a.personId) ?? null;
    out.set(a.bedId, {
      bedId: a.bedId,
      personId: a.personId,
      assignmentId: a.id,
      stayId: stay.id,
      admittedOn: stay.admittedOn,
      status: leave === null ? 'inHouse' : leave.kind,
      leave,
    });
  }
  return out;
}

/** Head counts at the census of day d: in the register (在册) and present (实有). */
export interface CensusCounts {
  inRegister: number;
  inHouse: number;
  leave: number;
  hospital: number;
}

export function countsOn(history: ResidenceHistory, d: string): CensusCounts {
  const registered = new Set<string>();
  for (const s of history.stays) if (isLiveRecord(s) && inRegister(s, d)) registered.add(s.personId);
  const away = new Map<string, 'leave' | 'hospital'>();
  for (const l of history.leaves)
    if (isLiveRecord(l) && registered.has(l.personId) && awayOn(l, d)) away.set(l.personId, l.kind);
  let leave = 0;
  let hospital = 0;
  for (const kind of away.values())
    if (kind === 'leave') leave += 1;
    else hospital += 1;
  return { inRegister: registered.size, inHouse: registered.size - leave - hospital, leave, hospital };
}

/** Flagged 新 on the board and in the handover for the first three census days. */
export const NEW_ADMISSION_DAYS = 3;

/** Whether an admission on `admittedOn` is still "new" on d (d is one of its first three days). */
export function isNewAdmission(admittedOn: string, d: string): boolean {
  const day = daysBetween(admittedOn, d);
  return day >= 0 && day < NEW_ADMISSION_DAYS;
}

/** The calendar day `days` after `d` (negative: before), across months and leap days. */
export function addDaysIso(d: string, days: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A leave is overdue on d when the resident is still away after the expected day of return. */
export function leaveOverdueOn(leave: CensusLeave, d: string): boolean {
  return leave.expectedReturn !== null && leave.expectedReturn < d && awayOn(leave, d);
}
