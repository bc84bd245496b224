import type { Migration } from './index';

type Doc = Record<string, unknown>;
type Row = Record<string, unknown>;

function rows(doc: Doc, collection: string): Row[] {
  const value = doc[collection];
  return Array.isArray(value) ? (value as Row[]) : [];
}

const dayOf = (stamp: unknown): string => String(stamp).slice(0, 10);
const min = (a: string, b: string): string => (a < b ? a : b);

/** Version 2's statuses had no date: the closure starts on the day the bed record last changed. */
const CLOSURE_OF_STATUS: Record<string, string> = { outOfService: 'other', retired: 'retired' };

/**
 * A bed's bare status becomes a dated history. It was in service from the
 * earlier of its creation and its first assignment (demo and imported
 * histories let beds from before the app was installed).
 */
function bedV3(row: Row, firstAssignment: Map<string, string>): Row {
  const { status, ...rest } = row;
  const created = dayOf(row.createdAt);
  const inServiceFrom = min(created, firstAssignment.get(String(row.id)) ?? created);
  const reason = CLOSURE_OF_STATUS[String(status)];
  const closedFrom = dayOf(row.updatedAt) < inServiceFrom ? inServiceFrom : dayOf(row.updatedAt);
  return {
    ...rest,
    inServiceFrom,
    closures: reason ? [{ from: closedFrom, to: null, reason }] : [],
  };
}

interface DatedCategory {
  category: string;
  from: string;
  to?: string | null;
}

/** 特困集中供养 when the person held that category on the day of admission; self-paying otherwise. */
function fundingOf(person: Row | undefined, day: string): string {
  const categories = (person?.categories ?? []) as DatedCategory[];
  const central = categories.some(
    (c) => c.category === 'extremePoorCentral' && c.from <= day && (c.to == null || day <= c.to),
  );
  return central ? 'extremePoorCentral' : 'selfPaying';
}

/** A completed referral in, dated up to 60 days before the admission, is where the resident came from. */
function referralOf(referrals: readonly Row[], personId: unknown, day: string): Row | undefined {
  const earliest = new Date(Date.parse(`${day}T00:00:00Z`) - 60 * 86_400_000).toISOString().slice(0, 10);
  return referrals.find(
    (r) =>
      r.personId === personId &&
      r.direction === 'in' &&
      r.status === 'completed' &&
      String(r.date) <= day &&
      String(r.date) >= earliest,
  );
}

/**
 * Stays learn where the resident came from and who pays; nobody was asked
 * whether the emergency contact was confirmed, so it is recorded as not.
 */
function stayV3(row: Row, people: Map<unknown, Row>, referrals: readonly Row[]): Row {
  const day = String(row.admittedOn);
  const referral = referralOf(referrals, row.personId, day);
  return {
    ...row,
    source: referral ? 'referral' : 'unrecorded',
    ...(referral ? { referralId: referral.id } : {}),
    funding: fundingOf(people.get(row.personId), day),
    emergencyContactConfirmed: false,
  };
}

/**
 * Beds get a dated status history and day-care places stop being beds (the
 * center profile's `beds.dayCare` counts them, raised if it counted fewer);
 * a room left with no bed is dropped with them. Rooms may carry a sex. Stays
 * gain source, funding and the admission checks; leaves the meal stop (an
 * absent resident had no tray); 病危 marks get their own collection; settings
 * the admission assessments' maximum age.
 */
export const v3BedsAndStays: Migration = {
  version: 3,
  name: 'beds-and-stays',
  core: (doc) => {
    const assignments = rows(doc, 'bedAssignments');
    const firstAssignment = new Map<string, string>();
    for (const a of assignments) {
      const bedId = String(a.bedId);
      const from = String(a.from);
      const known = firstAssignment.get(bedId);
      if (known === undefined || from < known) firstAssignment.set(bedId, from);
    }
    const allBeds = rows(doc, 'beds');
    // A day-care "bed" somebody was assigned to was really used as a bed: it stays, as residential.
    const dayCare = allBeds.filter((b) => b.type === 'dayCare' && !firstAssignment.has(String(b.id)));
    const dropped = new Set(dayCare.map((b) => b.id));
    const beds = allBeds
      .filter((b) => !dropped.has(b.id))
      .map((b) => bedV3(b.type === 'dayCare' ? { ...b, type: 'residential' } : b, firstAssignment));
    const roomsInUse = new Set(beds.map((b) => b.roomId));
    const roomsEmptied = new Set(dayCare.map((b) => b.roomId).filter((id) => !roomsInUse.has(id)));
    const rooms = rows(doc, 'rooms').filter((r) => !roomsEmptied.has(r.id));

    const center = doc.center as Row | null | undefined;
    const counts = (center?.beds ?? null) as Row | null;
    const nextCenter =
      center && counts
        ? { ...center, beds: { ...counts, dayCare: Math.max(Number(counts.dayCare ?? 0), dayCare.length) } }
        : (center ?? null);

    const people = new Map(rows(doc, 'people').map((p) => [p.id, p]));
    const referrals = rows(doc, 'referrals');
    const settings = (doc.settings ?? {}) as Row;
    return {
      ...doc,
      center: nextCenter,
      rooms,
      beds,
      stays: rows(doc, 'stays').map((s) => stayV3(s, people, referrals)),
      leaves: rows(doc, 'leaves').map((l) => ({ ...l, mealStop: true })),
      criticalIllnesses: [],
      settings: { ...settings, admissionAssessmentMaxAgeDays: 30 },
    };
  },
  shard: (doc) => doc,
};
