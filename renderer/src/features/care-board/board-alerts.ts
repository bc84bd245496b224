/**
 * What the board raises at the top, in the order a manager acts on it at
 * 7:00: the critically ill, residents overdue back from leave or hospital,
 * rounds and fire patrols the plan asked for and nobody recorded, open
 * incidents. Only what holds now is raised; an empty list means "nothing".
 */
import type { BoardIncident, CareBoardView } from '../../../../shared/ipc/board';
import type { PatrolNight, RoundSlot } from '../../../../shared/ipc/rounds';

export type BoardAlert =
  | { kind: 'critical'; count: number }
  | { kind: 'overdueReturns'; count: number }
  | { kind: 'missedRounds'; slots: RoundSlot[] }
  | { kind: 'missedPatrols'; nights: PatrolNight[] }
  | { kind: 'openIncidents'; incidents: BoardIncident[]; familyNotNotified: number };

/** Missed round slots of every area, oldest first. */
export function missedRounds(view: CareBoardView): RoundSlot[] {
  return view.rounds
    .flatMap((area) => area.missed)
    .sort(
      (a, b) => `${a.date}T${a.time}`.localeCompare(`${b.date}T${b.time}`) || a.area.localeCompare(b.area),
    );
}

/** Nights whose fire patrols fell short: last night once over; tonight is still open until the morning. */
export function missedPatrolNights(view: CareBoardView): PatrolNight[] {
  return [view.patrols.lastNight, view.patrols.tonight].filter((night) => night.state === 'missed');
}

export function boardAlerts(view: CareBoardView): BoardAlert[] {
  const alerts: BoardAlert[] = [];
  if (view.critical.count > 0) alerts.push({ kind: 'critical', count: view.critical.count });
  if (view.overdueReturns.count > 0)
    alerts.push({ kind: 'overdueReturns', count: view.overdueReturns.count });
  const slots = missedRounds(view);
  if (slots.length > 0) alerts.push({ kind: 'missedRounds', slots });
  const nights = missedPatrolNights(view);
  if (nights.length > 0) alerts.push({ kind: 'missedPatrols', nights });
  if (view.incidents.length > 0)
    alerts.push({
      kind: 'openIncidents',
      incidents: view.incidents,
      familyNotNotified: view.incidents.filter((i) => !i.familyNotified).length,
    });
  return alerts;
}

/** A center with no bed at all: nothing is counted until the beds are set up. */
export function hasNoBeds(view: CareBoardView): boolean {
  return view.freeBeds.count + view.closedBeds.count + view.inRegister.count === 0;
}
