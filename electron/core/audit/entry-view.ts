import type { AuditEntryView, AuditFilter, AuditKind } from '../../../shared/ipc/audit';
import { AUDIT_KINDS } from '../../../shared/ipc/audit';
import type { AuditEntry, Change } from '../store/types';
import { dayOf } from '../store/paths';

/** Actions that hand personal data out of the app, whatever their feature. */
const EXPORT_ACTIONS: ReadonlySet<string> = new Set([
  'people.export',
  'people.importRefused',
  'audit.export',
]);

/** Print pages opened are recorded as `prints.<kind>` with the elder's id as the summary. */
export const PRINT_ACTION_PREFIX = 'prints.';

export function kindOf(action: string): AuditKind {
  if (EXPORT_ACTIONS.has(action)) return 'exports';
  const feature = action.split('.')[0] ?? '';
  return (AUDIT_KINDS as readonly string[]).includes(feature) ? (feature as AuditKind) : 'system';
}

/** Which record a change touches, without any of its field values. */
function changeView(change: Change): AuditEntryView['changes'][number] {
  switch (change.op) {
    case 'put':
      return { collection: change.collection, id: change.record.id, op: change.op };
    case 'set':
      return { collection: change.singleton, id: change.singleton, op: change.op };
    case 'putShard':
      return { collection: change.kind, id: change.record.id, op: change.op };
  }
}

/** Elders an entry concerns: their own record, records carrying their personId, a print of their page. */
export function peopleOf(entry: AuditEntry): string[] {
  const ids = new Set<string>();
  if (entry.action.startsWith(PRINT_ACTION_PREFIX) && entry.summary) ids.add(entry.summary);
  for (const change of entry.changes) {
    if (change.op === 'set') continue;
    if (change.op === 'put' && change.collection === 'people') ids.add(change.record.id);
    const personId = change.record.personId;
    if (typeof personId === 'string') ids.add(personId);
  }
  return [...ids];
}

export function matches(entry: AuditEntry, filter: AuditFilter): boolean {
  const day = dayOf(new Date(entry.at));
  if (filter.from !== undefined && day < filter.from) return false;
  if (filter.to !== undefined && day > filter.to) return false;
  if (filter.username !== undefined && entry.actor.toLowerCase() !== filter.username.trim().toLowerCase())
    return false;
  if (filter.kind !== undefined && kindOf(entry.action) !== filter.kind) return false;
  if (filter.personId !== undefined && !peopleOf(entry).includes(filter.personId)) return false;
  return true;
}

export function entryView(entry: AuditEntry, personName: (id: string) => string | null): AuditEntryView {
  return {
    seq: entry.seq,
    at: entry.at,
    username: entry.actor,
    displayName: entry.actorName ?? null,
    action: entry.action,
    kind: kindOf(entry.action),
    summary: entry.summary === '' ? null : entry.summary,
    people: peopleOf(entry).map((id) => ({ id, name: personName(id) ?? '' })),
    changes: entry.changes.map(changeView),
  };
}
