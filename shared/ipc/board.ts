/**
 * The 24-hour care board (`board.now`): the state of the center NOW, the home
 * page of managers and carers. Unlike the bed board of a date, it reads the
 * records as they stand at this minute: a resident discharged today is gone
 * once the discharge is recorded. Every number comes with the ids of the list
 * behind it, so the screen can open that list.
 */
import type { RiskCode } from '../domain/risk';
import type { HandoverState, IncidentCategory, Signature } from '../schema';
import { defineChannels, none, returns } from './define';
import type { CertificateDue } from './staff';
import type { PatrolNight, RoundSlot } from './rounds';
import type { CoverCell, OnDutyEntry } from './rosters';

/** A count and what it counts: person, bed, stay, leave or incident ids, as the field says. */
export interface IdList {
  count: number;
  ids: string[];
}

export interface BoardMovement {
  personId: string;
  name: string;
  stayId: string;
  date: string;
}

export interface BoardRisk {
  personId: string;
  name: string;
  risks: RiskCode[];
}

export interface BoardAreaRounds {
  area: string;
  /** The latest round of the area (any day), null when none. */
  last: { roundId: string; date: string; time: string; staffId: string } | null;
  /** Slots due now, and missed ones of the last and the current night or day. */
  due: RoundSlot[];
  missed: RoundSlot[];
}

export interface BoardIncident {
  id: string;
  date: string;
  occurredTime: string;
  category: IncidentCategory;
  personIds: string[];
  names: string[];
  familyNotified: boolean;
  reviewed: boolean;
}

export interface BoardHandover {
  id: string;
  date: string;
  shiftCode: string;
  area: string;
  state: HandoverState;
  outgoing: string | null;
  incoming: string | null;
}

export interface CareBoardView {
  /** Local date and minute the board describes. */
  date: string;
  time: string;
  /** Person ids. */
  inRegister: IdList;
  inHouse: IdList;
  onLeave: IdList;
  inHospital: IdList;
  /** 病危 (person ids). */
  critical: IdList;
  /** Residents with a risk graded high in their latest safety-risk assessment (person ids). */
  highRisk: IdList;
  highRisks: BoardRisk[];
  /** Leave or hospital past the expected day of return (leave ids). */
  overdueReturns: IdList;
  /** Bed ids. */
  freeBeds: IdList;
  closedBeds: IdList;
  /** Admissions and departures of today and the two days before (stay ids). */
  admissions: BoardMovement[];
  departures: BoardMovement[];
  rounds: BoardAreaRounds[];
  /** Last night's patrols and tonight's so far. */
  patrols: { lastNight: PatrolNight; tonight: PatrolNight };
  /** Incident ids, open first by date (from the last twelve months of care logs). */
  openIncidents: IdList;
  incidents: BoardIncident[];
  /** Handovers of today's shifts and of the night that started yesterday. */
  handovers: BoardHandover[];
  /**
   * Who is on duty: the staff the roster has on a shift now (`source:
   * 'roster'`, each in `staff` with the shift's start as `at` and in full in
   * `rostered`); without a roster for now, the incoming signature of the
   * latest signed handover (`source: 'handover'`), or nobody known.
   */
  onDuty: {
    source: 'roster' | 'handover' | 'none';
    handoverId: string | null;
    staff: Signature[];
    rostered: OnDutyEntry[];
  };
  /** Today's cover by the roster: each care shift's carers needed against rostered. */
  cover: CoverCell[];
  /** Staff certificates expired or expiring soon (staff ids). */
  certificates: IdList;
  certificatesDue: CertificateDue[];
}

export const boardChannels = defineChannels('board', {
  'board.now': { input: none, output: returns<CareBoardView>(), permission: 'elders.read' },
});
