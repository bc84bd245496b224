/**
 * Drafts a handover from what happened in the shift, in the order staff
 * write it: ① departures and deaths ② admissions (every resident admitted in
 * the last three days, marked repeated after the first shift) ③ critically
 * ill ④ special situations (incidents) ⑤ leave out and back ⑥ round and
 * patrol findings. A dated record (admission, discharge, leave) belongs to
 * the shift in which it was recorded; incidents to the shift in which they
 * happened. Header counts come from the census of the shift's last day,
 * limited to the area, and are numbers even when 0.
 */
import { addDaysIso, isLiveRecord, isNewAdmission, spanCovers } from '../../../shared/domain/census';
import { toIsoDate } from '../../../shared/domain/dates';
import { stampOf } from '../../../shared/domain/round-plan';
import type { Language } from '../../../shared/i18n/types';
import { translate } from '../../../shared/i18n/translate';
import type {
  CoreDoc,
  HandoverCounts,
  HandoverItem,
  HandoverSections,
  Incident,
  RoundPlanArea,
  RoundsRecord,
  ShiftTemplate,
} from '../../../shared/schema';
import { Places } from '../beds';
import { bedsOfArea, occupancyInArea } from '../rounds';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local 'YYYY-MM-DDTHH:mm' of an ISO instant. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  return `${toIsoDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export interface ShiftWindow {
  from: string;
  until: string;
}

/** A shift belongs to the date it starts; one past midnight ends the next day. */
export function shiftWindow(
  date: string,
  shift: Pick<ShiftTemplate, 'start' | 'end' | 'crossesMidnight'>,
): ShiftWindow {
  return {
    from: stampOf(date, shift.start),
    until: stampOf(shift.crossesMidnight ? addDaysIso(date, 1) : date, shift.end),
  };
}

export interface CompileInput {
  core: Readonly<CoreDoc>;
  area: RoundPlanArea | null;
  date: string;
  window: ShiftWindow;
  /** Care logs and rounds dated within the shift's days. */
  careLogs: readonly { type: string }[];
  rounds: readonly RoundsRecord[];
  /** Today's date: counts are taken no later than today. */
  today: string;
  language: Language;
}

export interface Compiled {
  counts: HandoverCounts;
  sections: HandoverSections;
}

type LineKey =
  | 'death'
  | 'departure'
  | 'admission'
  | 'critical'
  | 'incident'
  | 'hospitalOut'
  | 'leaveOut'
  | 'back'
  | 'roundMark'
  | 'patrolFinding';

const within = (stamp: string, w: ShiftWindow): boolean => stamp >= w.from && stamp < w.until;

export function compileHandover(input: CompileInput): Compiled {
  const { core, window: w, language } = input;
  const line = (key: LineKey, params: Record<string, string | number>): string =>
    translate(language, `domain:handoverLine.${key}`, params);
  const lastDay = w.until.slice(0, 10) > input.today ? input.today : w.until.slice(0, 10);
  const firstDay = w.from.slice(0, 10);
  const areaBeds = bedsOfArea(core, input.area);
  const places = new Places(core);
  const people = new Map(core.people.map((p) => [p.id, p]));
  const name = (id: string): string => people.get(id)?.name ?? id;

  /** The person's bed in the area on `day` (or the day before, for who left that day); undefined when not in the area. */
  const bedIn = (personId: string, day: string): string | null | undefined => {
    const a = core.bedAssignments.find(
      (b) =>
        b.personId === personId &&
        isLiveRecord(b) &&
        b.from <= day &&
        (b.to === null || b.to >= addDaysIso(day, -1)) &&
        (areaBeds === null || areaBeds.has(b.bedId)),
    );
    if (!a) return areaBeds === null ? null : undefined;
    return places.of(a.bedId)?.bedLabel ?? null;
  };
  const item = (personId: string, bed: string | null, text: string, repeated?: boolean): HandoverItem => ({
    personId,
    ...(bed ? { bedLabel: bed } : {}),
    text,
    ...(repeated ? { repeated: true } : {}),
  });

  const sections: HandoverSections = {
    departures: [],
    admissions: [],
    critical: [],
    events: [],
    leave: [],
    roundFindings: [],
  };

  for (const s of core.stays) {
    if (!isLiveRecord(s)) continue;
    if (s.dischargedOn !== null && within(localStamp(s.updatedAt), w)) {
      const bed = bedIn(s.personId, s.dischargedOn);
      if (bed !== undefined) {
        const key = s.dischargeReason === 'deceased' ? 'death' : 'departure';
        sections.departures.push(
          item(s.personId, bed, line(key, { name: name(s.personId), date: s.dischargedOn })),
        );
      }
    }
    // 新: every handover of the first three days repeats the admission.
    if (isNewAdmission(s.admittedOn, firstDay) && (s.dischargedOn === null || s.dischargedOn > firstDay)) {
      const bed = bedIn(s.personId, firstDay);
      if (bed === undefined) continue;
      const first = within(localStamp(s.createdAt), w);
      if (!first && localStamp(s.createdAt) >= w.until) continue;
      sections.admissions.push(
        item(s.personId, bed, line('admission', { name: name(s.personId), date: s.admittedOn }), !first),
      );
    }
  }

  for (const c of core.criticalIllnesses) {
    if (!isLiveRecord(c) || !spanCovers({ from: c.from, until: c.to }, lastDay)) continue;
    const bed = bedIn(c.personId, lastDay);
    if (bed === undefined) continue;
    sections.critical.push(item(c.personId, bed, line('critical', { name: name(c.personId), date: c.from })));
  }

  for (const raw of input.careLogs) {
    if (raw.type !== 'incident') continue;
    const incident = raw as Incident;
    if (!isLiveRecord(incident) || !within(stampOf(incident.date, incident.occurredTime), w)) continue;
    for (const personId of incident.personIds) {
      const bed = bedIn(personId, incident.date);
      if (bed === undefined) continue;
      const category = translate(language, `domain:incident.${incident.category}`);
      sections.events.push(
        item(
          personId,
          bed,
          line('incident', {
            name: name(personId),
            time: incident.occurredTime,
            category,
            what: incident.description,
          }),
        ),
      );
    }
  }

  for (const l of core.leaves) {
    if (!isLiveRecord(l)) continue;
    const bed = bedIn(l.personId, l.from);
    if (bed === undefined) continue;
    if (within(localStamp(l.createdAt), w))
      sections.leave.push(
        item(
          l.personId,
          bed,
          line(l.kind === 'hospital' ? 'hospitalOut' : 'leaveOut', { name: name(l.personId), date: l.from }),
        ),
      );
    if (l.returnedAt !== null && l.updatedAt !== l.createdAt && within(localStamp(l.updatedAt), w))
      sections.leave.push(
        item(l.personId, bed, line('back', { name: name(l.personId), date: l.returnedAt })),
      );
  }

  for (const r of input.rounds) {
    if (!isLiveRecord(r) || !within(stampOf(r.date, r.time), w)) continue;
    if (r.type === 'round') {
      if (input.area && r.area !== input.area.name) continue;
      for (const m of r.marks) {
        if (m.mark !== 'needsAttention') continue;
        const bed = bedIn(m.personId, r.date);
        sections.roundFindings.push(
          item(
            m.personId,
            bed ?? null,
            line('roundMark', { time: r.time, name: name(m.personId), note: m.note ?? '' }),
          ),
        );
      }
    } else {
      for (const i of r.items) {
        if (i.result !== 'finding') continue;
        sections.roundFindings.push({
          text: line('patrolFinding', { time: r.time, item: i.item, finding: i.finding, fix: i.fix }),
        });
      }
    }
  }

  const counts: HandoverCounts = { total: 0, inHouse: 0, onLeave: 0, inHospital: 0 };
  for (const o of occupancyInArea(core, input.area, lastDay)) {
    counts.total += 1;
    if (o.status === 'inHouse') counts.inHouse += 1;
    else if (o.status === 'leave') counts.onLeave += 1;
    else counts.inHospital += 1;
  }
  return { counts, sections };
}
