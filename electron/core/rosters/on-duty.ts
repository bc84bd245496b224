/**
 * Who works at a given minute by the roster, and who comes next: for the
 * 24-hour board and the handover's default signers. A night shift of
 * yesterday is still on at 02:00 today, so the day before is read too.
 */
import { addDaysIso } from '../../../shared/domain/census';
import { codeKey } from '../../../shared/domain/roster-checks';
import type { OnDutyEntry } from '../../../shared/ipc/rosters';
import type { CoreDoc, RosterEntry, ShiftTemplate } from '../../../shared/schema';
import type { CareStore } from '../care-store';
import { liveEntries } from './cells';

/** 'YYYY-MM-DDTHH:mm' of a shift's start and end (the end on the next day when it crosses midnight). */
export function shiftStamps(
  date: string,
  shift: Pick<ShiftTemplate, 'start' | 'end'>,
): { startsAt: string; endsAt: string } {
  const endDate = shift.end <= shift.start ? addDaysIso(date, 1) : date;
  return { startsAt: `${date}T${shift.start}`, endsAt: `${endDate}T${shift.end}` };
}

export function dutyEntries(core: Readonly<CoreDoc>, entries: readonly RosterEntry[]): OnDutyEntry[] {
  const shifts = new Map(core.shiftTemplates.map((t) => [codeKey(t.code), t]));
  const staff = new Map(core.staff.map((s) => [s.id, s]));
  const users = new Map(core.users.map((u) => [u.id, u]));
  const out: OnDutyEntry[] = [];
  for (const e of entries) {
    const shift = shifts.get(codeKey(e.shiftCode));
    const member = staff.get(e.staffId);
    if (!shift || !member) continue;
    const user = member.userId ? users.get(member.userId) : undefined;
    out.push({
      staffId: member.id,
      name: member.name,
      post: member.post,
      area: member.area ?? '',
      shiftCode: shift.code,
      ...shiftStamps(e.date, shift),
      username: user?.active ? user.username : null,
    });
  }
  return out.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** The shifts on at `stamp` ('YYYY-MM-DDTHH:mm') and the ones starting next after it. */
export async function onDutyAt(
  store: CareStore,
  stamp: string,
): Promise<{ now: OnDutyEntry[]; next: OnDutyEntry[] }> {
  const day = stamp.slice(0, 10);
  const all = dutyEntries(store.core, await liveEntries(store, addDaysIso(day, -1), addDaysIso(day, 1)));
  const now = all.filter((e) => e.startsAt <= stamp && stamp < e.endsAt);
  const later = all.filter((e) => e.startsAt > stamp);
  const first = later[0]?.startsAt;
  return { now, next: later.filter((e) => e.startsAt === first) };
}

/** The staff rostered on one shift of one date. */
export async function rosteredOn(store: CareStore, date: string, shiftCode: string): Promise<OnDutyEntry[]> {
  const key = codeKey(shiftCode);
  const entries = (await liveEntries(store, date, date)).filter((e) => codeKey(e.shiftCode) === key);
  return dutyEntries(store.core, entries);
}

/** The staff whose shift starts at `stamp` (the incoming shift of a handover). */
export async function startingAt(store: CareStore, stamp: string): Promise<OnDutyEntry[]> {
  const day = stamp.slice(0, 10);
  const all = dutyEntries(store.core, await liveEntries(store, day, day));
  return all.filter((e) => e.startsAt === stamp);
}
