/**
 * Beds and stays (`beds.*`): the building set up in bulk, bed closures,
 * admissions, bed moves, leave and hospital, discharges, 病危 marks, and the
 * point-in-time questions (the bed board on any date, a bed's and a
 * person's history, free beds). Every date is read with the census rule of
 * shared/domain/census.ts; the core refuses anything that would break the
 * residence invariants (shared/domain/residence-rules.ts), naming the other
 * person and the day.
 */
import { z } from 'zod';
import type { AbilityLevel } from '../domain/ability';
import type { OccupancyStatus } from '../domain/census';
import type { RiskCode } from '../domain/risk';
import {
  ADMISSION_SOURCES,
  BED_CLOSURE_REASONS,
  BED_TYPES,
  BelongingSchema,
  ContractTermSchema,
  DISCHARGE_REASONS,
  IdSchema,
  IsoDateSchema,
  LEAVE_KINDS,
  PhoneSchema,
  STAY_FUNDINGS,
  SexSchema,
  requiredText,
  text,
} from '../schema';
import type {
  Bed,
  BedAssignment,
  BedClosure,
  BedType,
  Building,
  CriticalIllness,
  Leave,
  LeaveKind,
  Room,
  SexValue,
  Stay,
} from '../schema';
import { E, V } from '../schema/messages';
import { defineChannels, none, returns } from './define';

const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, { message: 'ipc.argument.object' });
const count = (min: number, max: number) =>
  z.number(E).int({ error: V.notInteger }).min(min, { error: V.tooSmall }).max(max, { error: V.tooLarge });

/** The most rooms one bulk setup may create (a typo guard: "101-1200"). */
export const MAX_ROOMS_PER_SETUP = 200;

// ─── inputs ─────────────────────────────────────────────────────────────────

/** "Building 1, floor 1, rooms 101-120, 2 beds each": rooms named by number, beds `<room>-<n>`. */
export const SetupRoomsSchema = strict({
  /** A building's name; created when the center has none by that name. */
  building: requiredText(50),
  floor: count(-5, 100),
  firstRoom: count(1, 99_999),
  lastRoom: count(1, 99_999),
  bedsPerRoom: count(1, 12),
  bedType: z.enum(BED_TYPES, E),
  roomSex: SexSchema.nullable().optional(),
  inServiceFrom: IsoDateSchema,
}).superRefine((s, ctx) => {
  if (s.lastRoom < s.firstRoom)
    ctx.addIssue({ code: 'custom', message: V.endBeforeStart, path: ['lastRoom'] });
  else if (s.lastRoom - s.firstRoom + 1 > MAX_ROOMS_PER_SETUP)
    ctx.addIssue({ code: 'custom', message: V.tooMany, path: ['lastRoom'] });
});
export type SetupRoomsInput = z.input<typeof SetupRoomsSchema>;

export const UpdateRoomSchema = strict({
  roomId: IdSchema,
  name: requiredText(30),
  floor: count(-5, 100),
  /** null: the room takes men and women. */
  sex: SexSchema.nullable(),
  notes: text(500).optional(),
});
export type UpdateRoomInput = z.input<typeof UpdateRoomSchema>;

/** Close a bed from a day up to, not including, `to` (null: until reopened). */
export const CloseBedSchema = strict({
  bedId: IdSchema,
  from: IsoDateSchema,
  to: IsoDateSchema.nullable(),
  reason: z.enum(BED_CLOSURE_REASONS, E),
  notes: text(200).optional(),
}).superRefine((c, ctx) => {
  if (c.to !== null && c.to <= c.from)
    ctx.addIssue({ code: 'custom', message: V.endBeforeStart, path: ['to'] });
});
export type CloseBedInput = z.input<typeof CloseBedSchema>;

/** Ends the closure open on `on`: the bed is back in service from that day. */
export const ReopenBedSchema = strict({ bedId: IdSchema, on: IsoDateSchema });
export type ReopenBedInput = z.input<typeof ReopenBedSchema>;

export const AdmitSchema = strict({
  personId: IdSchema,
  bedId: IdSchema,
  admittedOn: IsoDateSchema,
  contractNumber: requiredText(50),
  contractTerm: ContractTermSchema.optional(),
  source: z.enum(ADMISSION_SOURCES, E),
  referralId: IdSchema.optional(),
  funding: z.enum(STAY_FUNDINGS, E),
  /** The form's tick: somebody phoned the emergency contact and it answered. Must be true. */
  emergencyContactConfirmed: z.boolean(E),
  /**
   * Only when the ability or safety-risk assessment is missing or older than
   * `settings.admissionAssessmentMaxAgeDays`: why the manager admits anyway.
   * The core records who (the caller) and when.
   */
  overrideReason: requiredText(500).optional(),
  notes: text(2000).optional(),
});
export type AdmitInput = z.input<typeof AdmitSchema>;

/** 转床: the resident sleeps in `bedId` from `on`; the old bed is free from that day. */
export const MoveBedSchema = strict({
  personId: IdSchema,
  bedId: IdSchema,
  on: IsoDateSchema,
  reason: text(200).optional(),
});
export type MoveBedInput = z.input<typeof MoveBedSchema>;

export const LeaveOutSchema = strict({
  personId: IdSchema,
  kind: z.enum(LEAVE_KINDS, E),
  from: IsoDateSchema,
  expectedReturn: IsoDateSchema.nullable(),
  destination: text(200).optional(),
  reason: text(500).optional(),
  companion: text(50).optional(),
  companionPhone: PhoneSchema.optional(),
  mealStop: z.boolean(E),
}).superRefine((l, ctx) => {
  if (l.expectedReturn !== null && l.expectedReturn < l.from)
    ctx.addIssue({ code: 'custom', message: V.endBeforeStart, path: ['expectedReturn'] });
});
export type LeaveOutInput = z.input<typeof LeaveOutSchema>;

export const LeaveBackSchema = strict({ leaveId: IdSchema, returnedAt: IsoDateSchema });
export type LeaveBackInput = z.input<typeof LeaveBackSchema>;

export const DischargeSchema = strict({
  personId: IdSchema,
  /** The day of departure (for `deceased`, the date of death). */
  on: IsoDateSchema,
  reason: z.enum(DISCHARGE_REASONS, E),
  destination: text(200).optional(),
  belongings: z.array(BelongingSchema, E).max(200, { error: V.tooMany }).optional(),
  notes: text(2000).optional(),
});
export type DischargeInput = z.input<typeof DischargeSchema>;

export const MarkCriticalSchema = strict({
  personId: IdSchema,
  from: IsoDateSchema,
  notes: text(500).optional(),
});
export type MarkCriticalInput = z.input<typeof MarkCriticalSchema>;

export const EndCriticalSchema = strict({ markId: IdSchema, on: IsoDateSchema });
export type EndCriticalInput = z.input<typeof EndCriticalSchema>;

export const BoardQuerySchema = strict({ date: IsoDateSchema });
export const BedHistoryQuerySchema = strict({ bedId: IdSchema });
export const PersonHistoryQuerySchema = strict({ personId: IdSchema });
/** Beds free from `date` on (in service, not closed, held by nobody); `personId` drops rooms of the other sex. */
export const FreeBedsQuerySchema = strict({ date: IsoDateSchema, personId: IdSchema.optional() });

// ─── results ────────────────────────────────────────────────────────────────

export interface BoardLeave {
  id: string;
  kind: LeaveKind;
  from: string;
  expectedReturn: string | null;
  destination: string | null;
  mealStop: boolean;
  /** Still away after the expected day of return. */
  overdue: boolean;
}

export interface BoardOccupant {
  personId: string;
  name: string;
  sex: SexValue;
  /** On the board's date (frozen at death). */
  age: number;
  /** The latest ability assessment on or before the date; null when never assessed. */
  abilityLevel: AbilityLevel | null;
  /** Risks graded high in the latest safety-risk assessment on or before the date. */
  highRisks: RiskCode[];
  stayId: string;
  admittedOn: string;
  /** 新: one of the first three days after admission. */
  isNew: boolean;
  status: OccupancyStatus;
  leave: BoardLeave | null;
  /** 病危 on the date. */
  critical: boolean;
}

export interface BoardBed {
  id: string;
  label: string;
  type: BedType;
  /** `closed` also before the bed's first day in service. */
  state: 'occupied' | 'free' | 'closed';
  /** The closure holding on the date, null otherwise. */
  closure: BedClosure | null;
  occupant: BoardOccupant | null;
}

export interface BoardRoom {
  id: string;
  name: string;
  floor: number;
  sex: SexValue | null;
  beds: BoardBed[];
}

export interface BoardFloor {
  floor: number;
  rooms: BoardRoom[];
}

export interface BoardBuilding {
  id: string;
  name: string;
  floors: BoardFloor[];
}

/** Head counts of the board's date (在册 / 实有 and the rest). */
export interface BoardTotals {
  beds: number;
  closed: number;
  occupied: number;
  free: number;
  inRegister: number;
  inHouse: number;
  leave: number;
  hospital: number;
  critical: number;
  newAdmissions: number;
  overdue: number;
}

export interface BoardView {
  date: string;
  totals: BoardTotals;
  buildings: BoardBuilding[];
}

/** One row of who lay in a bed, oldest first. */
export interface BedHistoryRow {
  assignment: BedAssignment;
  personName: string;
  stay: Stay | null;
}
export interface BedHistory {
  bed: Bed;
  room: Room;
  building: Building;
  rows: BedHistoryRow[];
}

/** Where a bed is, for labels: "1号楼 101-1". */
export interface BedPlace {
  bedId: string;
  bedLabel: string;
  roomName: string;
  buildingName: string;
}

export interface PersonStay {
  stay: Stay;
  /** Beds in order; a move is a new row. */
  beds: (BedAssignment & { place: BedPlace | null })[];
  leaves: Leave[];
}
export interface PersonResidence {
  personId: string;
  stays: PersonStay[];
  critical: CriticalIllness[];
}

export interface FreeBed extends BedPlace {
  type: BedType;
  floor: number;
  roomSex: SexValue | null;
}

export interface SetupRoomsResult {
  building: Building;
  rooms: Room[];
  beds: Bed[];
}

export interface FacilityView {
  buildings: Building[];
  rooms: Room[];
  beds: Bed[];
}

/** What an admission wrote as one change. */
export interface Admission {
  stay: Stay;
  assignment: BedAssignment;
}

// ─── channels ───────────────────────────────────────────────────────────────

export const bedsChannels = defineChannels('beds', {
  'beds.facility': { input: none, output: returns<FacilityView>(), permission: 'elders.read' },
  'beds.setupRooms': {
    input: SetupRoomsSchema,
    output: returns<SetupRoomsResult>(),
    permission: 'settings.manage',
  },
  'beds.updateRoom': { input: UpdateRoomSchema, output: returns<Room>(), permission: 'settings.manage' },
  'beds.closeBed': { input: CloseBedSchema, output: returns<Bed>(), permission: 'stays.manage' },
  'beds.reopenBed': { input: ReopenBedSchema, output: returns<Bed>(), permission: 'stays.manage' },
  'beds.admit': { input: AdmitSchema, output: returns<Admission>(), permission: 'stays.manage' },
  'beds.move': { input: MoveBedSchema, output: returns<BedAssignment>(), permission: 'stays.manage' },
  'beds.leaveOut': { input: LeaveOutSchema, output: returns<Leave>(), permission: 'care.record' },
  'beds.leaveBack': { input: LeaveBackSchema, output: returns<Leave>(), permission: 'care.record' },
  'beds.discharge': { input: DischargeSchema, output: returns<Stay>(), permission: 'stays.manage' },
  'beds.markCritical': {
    input: MarkCriticalSchema,
    output: returns<CriticalIllness>(),
    permission: 'care.record',
  },
  'beds.endCritical': {
    input: EndCriticalSchema,
    output: returns<CriticalIllness>(),
    permission: 'care.record',
  },
  'beds.board': { input: BoardQuerySchema, output: returns<BoardView>(), permission: 'elders.read' },
  'beds.bedHistory': {
    input: BedHistoryQuerySchema,
    output: returns<BedHistory>(),
    permission: 'elders.read',
  },
  'beds.personHistory': {
    input: PersonHistoryQuerySchema,
    output: returns<PersonResidence>(),
    permission: 'elders.read',
  },
  'beds.freeBeds': { input: FreeBedsQuerySchema, output: returns<FreeBed[]>(), permission: 'elders.read' },
});
