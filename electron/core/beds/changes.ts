/**
 * One residential change as a set of records to put, checked against the
 * residence invariants BEFORE anything is written: the store's working copy
 * shows only committed data, so the check runs on the committed records with
 * this change's versions laid over them. A refusal names the other resident
 * and the first day in conflict; the data folder is untouched.
 */
import { CareError } from '../../../shared/errors';
import { findResidenceConflicts, type ResidenceConflict } from '../../../shared/domain/residence-rules';
import type {
  Bed,
  BedAssignment,
  CoreDoc,
  CriticalIllness,
  Leave,
  Person,
  Stay,
} from '../../../shared/schema';
import type { CareTx } from '../care-store';

interface Changed {
  people: Person[];
  beds: Bed[];
  stays: Stay[];
  bedAssignments: BedAssignment[];
  leaves: Leave[];
  criticalIllnesses: CriticalIllness[];
}
type Collection = keyof Changed;

function overlay<T extends { id: string }>(committed: readonly T[], changed: readonly T[]): T[] {
  if (changed.length === 0) return committed as T[];
  const byId = new Map(changed.map((r) => [r.id, r]));
  const out = committed.map((r) => byId.get(r.id) ?? r);
  const known = new Set(committed.map((r) => r.id));
  for (const r of changed) if (!known.has(r.id)) out.push(r);
  return out;
}

export class ResidenceChange {
  private readonly changed: Changed = {
    people: [],
    beds: [],
    stays: [],
    bedAssignments: [],
    leaves: [],
    criticalIllnesses: [],
  };

  constructor(private readonly core: Readonly<CoreDoc>) {}

  put<C extends Collection>(collection: C, record: Changed[C][number]): void {
    const list = this.changed[collection] as { id: string }[];
    const at = list.findIndex((r) => r.id === record.id);
    if (at >= 0) list[at] = record;
    else list.push(record);
  }

  /** The committed records with this change laid over them. */
  view<C extends Collection>(collection: C): Changed[C] {
    const committed = this.core[collection] as readonly { id: string }[];
    return overlay(committed, this.changed[collection] as readonly { id: string }[]) as Changed[C];
  }

  /** Refuses with the first conflict this change would create among the residents and beds it touches. */
  assertValid(): void {
    const personIds = new Set<string>();
    const bedIds = new Set<string>();
    for (const r of [...this.changed.stays, ...this.changed.leaves, ...this.changed.criticalIllnesses])
      personIds.add(r.personId);
    for (const p of this.changed.people) personIds.add(p.id);
    for (const a of this.changed.bedAssignments) {
      personIds.add(a.personId);
      bedIds.add(a.bedId);
    }
    for (const b of this.changed.beds) bedIds.add(b.id);
    const conflicts = findResidenceConflicts(
      {
        people: this.view('people'),
        beds: this.view('beds'),
        stays: this.view('stays'),
        bedAssignments: this.view('bedAssignments'),
        leaves: this.view('leaves'),
        criticalIllnesses: this.view('criticalIllnesses'),
      },
      { personIds, bedIds },
    );
    const first = conflicts[0];
    if (first) throw this.refusal(first);
  }

  /** Writes every changed record into the store's transaction. */
  commit(tx: CareTx): void {
    for (const p of this.changed.people) tx.put('core', 'people', p);
    for (const b of this.changed.beds) tx.put('core', 'beds', b);
    for (const s of this.changed.stays) tx.put('core', 'stays', s);
    for (const a of this.changed.bedAssignments) tx.put('core', 'bedAssignments', a);
    for (const l of this.changed.leaves) tx.put('core', 'leaves', l);
    for (const c of this.changed.criticalIllnesses) tx.put('core', 'criticalIllnesses', c);
  }

  private refusal(conflict: ResidenceConflict): CareError {
    const name = (id: string | undefined) =>
      id === undefined ? '' : (this.view('people').find((p) => p.id === id)?.name ?? id);
    const bed =
      conflict.bedId === undefined ? undefined : this.view('beds').find((b) => b.id === conflict.bedId);
    const params = {
      name: name(conflict.personId),
      other: name(conflict.otherPersonId),
      date: conflict.date,
      bed: bed?.label ?? conflict.bedId ?? '',
      deathDate: this.view('people').find((p) => p.id === conflict.personId)?.deathDate ?? '',
    };
    return new CareError(`beds.conflict.${conflict.code}`, params);
  }
}
