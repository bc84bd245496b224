/**
 * Incidents: reported by any carer, completed as it goes, closed by a manager
 * only once the family was notified (when, how, by whom) and the review and
 * corrective action written. They stay in the care-log months, where the
 * assessments feature counts falls, chokings, wandering, suicide attempts and
 * self-harm as risk events (electron/core/assessments/risk-events.ts).
 */
import type { z } from 'zod';
import { CareError } from '../../../shared/errors';
import { isLiveRecord } from '../../../shared/domain/census';
import { addPeriods, periodOfDate, periodsBetween } from '../../../shared/domain/period';
import { stampOf } from '../../../shared/domain/round-plan';
import type {
  IncidentIdSchema,
  IncidentRow,
  ListIncidentsSchema,
  NotifyFamilySchema,
  ReportIncidentSchema,
  ReviewIncidentSchema,
  UpdateIncidentSchema,
} from '../../../shared/ipc/incidents';
import type { CoreDoc, Incident } from '../../../shared/schema';
import { newId } from '../../../shared/schema/common';
import type { CareStore, CareTx } from '../care-store';
import { localNow, recordsBetween, type CareDeps } from '../rounds';

/** How far back the board and the list look for incidents still open. */
export const OPEN_LOOKBACK_MONTHS = 12;

type Facts = z.output<typeof ReportIncidentSchema>;

function checkFacts(deps: CareDeps, core: Readonly<CoreDoc>, facts: Facts): void {
  const now = localNow(deps);
  if (stampOf(facts.date, facts.occurredTime) > now.stamp)
    throw new CareError('incidents.future', { date: facts.date, time: facts.occurredTime });
  const people = new Set(core.people.map((p) => p.id));
  if (facts.personIds.some((id) => !people.has(id))) throw new CareError('incidents.personNotFound');
  const staff = new Set(core.staff.map((s) => s.id));
  if (facts.staffIds.some((id) => !staff.has(id))) throw new CareError('incidents.staffNotFound');
}

const names = (core: Readonly<CoreDoc>, ids: readonly string[]) =>
  ids.map((id) => core.people.find((p) => p.id === id)?.name ?? id);

export async function reportIncident(deps: CareDeps, input: Facts): Promise<Incident> {
  const { at } = localNow(deps);
  const store = deps.store();
  const summary = `${input.category} ${names(store.core, input.personIds).join('、')} ${input.date}`;
  return store.mutate({ actor: deps.actor, action: 'incidents.report', summary }, (tx) => {
    checkFacts(deps, tx.core, input);
    const incident: Incident = {
      id: newId(),
      createdAt: at,
      updatedAt: at,
      date: input.date,
      type: 'incident',
      category: input.category,
      personIds: input.personIds,
      occurredTime: input.occurredTime,
      place: input.place,
      staffIds: input.staffIds,
      description: input.description,
      actionTaken: input.actionTaken,
      hospital: input.hospital,
      familyNotification: null,
      review: null,
      closed: null,
    };
    tx.put({ kind: 'careLogs', period: periodOfDate(input.date) }, incident);
    return incident;
  });
}

async function loadIncident(tx: Pick<CareTx, 'shard'>, id: string, date: string): Promise<Incident> {
  const shard = await tx.shard('careLogs', periodOfDate(date));
  const found = shard.records.find(
    (r): r is Incident => r.type === 'incident' && r.id === id && isLiveRecord(r),
  );
  if (!found) throw new CareError('incidents.notFound');
  return found;
}

/** Loads an open incident inside the change, applies `edit` and writes it back. */
async function changeOpen(
  deps: CareDeps,
  action: string,
  locator: { id: string; date: string },
  edit: (incident: Incident, tx: CareTx, at: string) => Incident,
): Promise<Incident> {
  const { at } = localNow(deps);
  const summary = `${locator.date} ${locator.id}`;
  return deps.store().mutate({ actor: deps.actor, action, summary }, async (tx) => {
    const incident = await loadIncident(tx, locator.id, locator.date);
    if (incident.closed !== null) throw new CareError('incidents.closed');
    const next = { ...edit(incident, tx, at), updatedAt: at };
    tx.put({ kind: 'careLogs', period: periodOfDate(incident.date) }, next);
    return next;
  });
}

export function updateIncident(
  deps: CareDeps,
  input: z.output<typeof UpdateIncidentSchema>,
): Promise<Incident> {
  return changeOpen(deps, 'incidents.update', input, (incident, tx) => {
    checkFacts(deps, tx.core, input);
    const { id: _id, date: _date, ...facts } = input;
    return { ...incident, ...facts };
  });
}

export function notifyFamily(deps: CareDeps, input: z.output<typeof NotifyFamilySchema>): Promise<Incident> {
  return changeOpen(deps, 'incidents.notifyFamily', input, (incident) => {
    const told = new Date(input.at);
    const happened = stampOf(incident.date, incident.occurredTime);
    const pad = (n: number) => String(n).padStart(2, '0');
    const toldLocal = `${told.getFullYear()}-${pad(told.getMonth() + 1)}-${pad(told.getDate())}T${pad(told.getHours())}:${pad(told.getMinutes())}`;
    if (toldLocal < happened) throw new CareError('incidents.notifiedBeforeIncident');
    return {
      ...incident,
      familyNotification: { at: input.at, channel: input.channel, by: input.by, notes: input.notes ?? '' },
    };
  });
}

export function reviewIncident(
  deps: CareDeps,
  input: z.output<typeof ReviewIncidentSchema>,
): Promise<Incident> {
  return changeOpen(deps, 'incidents.review', input, (incident, tx, at) => ({
    ...incident,
    review: {
      text: input.text,
      correctiveAction: input.correctiveAction,
      by: reviewerName(deps, tx.core),
      at,
    },
  }));
}

/** The signed-in user's staff name, else the account's display name, else the user name. */
function reviewerName(deps: CareDeps, core: Readonly<CoreDoc>): string {
  const staffId = deps.staffId();
  const staff = staffId ? core.staff.find((s) => s.id === staffId) : undefined;
  if (staff) return staff.name;
  const user = core.users.find((u) => u.username === deps.actor);
  return user?.displayName ?? deps.actor;
}

export function closeIncident(deps: CareDeps, input: z.output<typeof IncidentIdSchema>): Promise<Incident> {
  return changeOpen(deps, 'incidents.close', input, (incident, tx, at) => {
    const told = incident.familyNotification;
    if (told === null || told.by === '' || told.channel === 'unrecorded')
      throw new CareError('incidents.familyNotNotified');
    if (incident.review === null || incident.review.correctiveAction === '')
      throw new CareError('incidents.notReviewed');
    return { ...incident, closed: { by: reviewerName(deps, tx.core), at } };
  });
}

function rowOf(core: Readonly<CoreDoc>, incident: Incident): IncidentRow {
  return { incident, names: names(core, incident.personIds), open: incident.closed === null };
}

export async function getIncident(
  deps: CareDeps,
  input: z.output<typeof IncidentIdSchema>,
): Promise<IncidentRow> {
  const store = deps.store();
  return rowOf(store.core, await loadIncident(store, input.id, input.date));
}

/** Open incidents of the last twelve months of care logs, newest first. */
export async function openIncidents(store: CareStore, today: string): Promise<Incident[]> {
  const out: Incident[] = [];
  const first = addPeriods(periodOfDate(today), -(OPEN_LOOKBACK_MONTHS - 1));
  for (const period of periodsBetween(first, periodOfDate(today))) {
    const shard = await store.shard('careLogs', period);
    for (const r of shard.records)
      if (r.type === 'incident' && isLiveRecord(r) && r.closed === null) out.push(r);
  }
  return out.sort(newestFirst);
}

function newestFirst(a: Incident, b: Incident): number {
  const x = stampOf(a.date, a.occurredTime);
  const y = stampOf(b.date, b.occurredTime);
  return x < y ? 1 : x > y ? -1 : 0;
}

export async function listIncidents(
  deps: CareDeps,
  input: z.output<typeof ListIncidentsSchema>,
): Promise<IncidentRow[]> {
  const store = deps.store();
  const open = await openIncidents(store, localNow(deps).date);
  const seen = new Set(open.map((i) => i.id));
  const dated = (await recordsBetween(store, 'careLogs', input.from, input.to)).filter(
    (r): r is Incident => r.type === 'incident' && isLiveRecord(r) && !seen.has(r.id),
  );
  return [...open, ...dated.sort(newestFirst)].map((i) => rowOf(store.core, i));
}
