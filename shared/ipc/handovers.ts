/**
 * Shift handovers (`handovers.*`, 交接班). `compile` drafts one from the
 * shift's events, sections in the order staff write them (departures and
 * deaths, admissions, critically ill, special situations, leave, round
 * findings), header counts always filled (0, never blank), a new resident
 * repeated for three days. A draft may be saved and edited before the shift
 * ends; the outgoing and then the incoming carer sign, each with their own
 * password, checked in the core and never kept. Once signed it is locked:
 * corrections are signed addenda.
 */
import { z } from 'zod';
import { HandoverItemSchema, IdSchema, IsoDateSchema, ShiftCodeSchema, requiredText, text } from '../schema';
import type { Handover, HandoverCounts, HandoverSections } from '../schema';
import { E, V } from '../schema/messages';
import { DateRangeSchema } from './rounds';
import { defineChannels, returns } from './define';
import type { OnDutyEntry } from './rosters';

const strict = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, { message: 'ipc.argument.object' });

const items = () => z.array(HandoverItemSchema, E).max(200, { error: V.tooMany });

/** Which handover: the shift's start date, its code, and the plan's area ('' = the whole center). */
export const HandoverKeySchema = strict({ date: IsoDateSchema, shiftCode: ShiftCodeSchema, area: text(50) });
export type HandoverKey = z.input<typeof HandoverKeySchema>;

/** Saves the draft of a handover (creates it, or replaces the sections of the unsigned one). */
export const SaveDraftSchema = strict({
  date: IsoDateSchema,
  shiftCode: ShiftCodeSchema,
  area: text(50),
  sections: strict({
    departures: items(),
    admissions: items(),
    critical: items(),
    events: items(),
    leave: items(),
    roundFindings: items(),
  }),
});
export type SaveDraftInput = z.input<typeof SaveDraftSchema>;

/** The password is checked against the named account and then forgotten. */
export const SignHandoverSchema = strict({
  id: IdSchema,
  /** The handover's date (the shift's start), which files it under its month. */
  date: IsoDateSchema,
  role: z.enum(['outgoing', 'incoming'], E),
  username: requiredText(64),
  password: z.string(E).min(1, { error: V.required }).max(256, { error: V.tooLong }),
});
export type SignHandoverInput = z.input<typeof SignHandoverSchema>;

export const AddendumInputSchema = strict({
  id: IdSchema,
  date: IsoDateSchema,
  text: requiredText(2000),
  username: requiredText(64),
  password: z.string(E).min(1, { error: V.required }).max(256, { error: V.tooLong }),
});
export type AddendumInput = z.input<typeof AddendumInputSchema>;

export const HandoverIdSchema = strict({ id: IdSchema, date: IsoDateSchema });
export const ListHandoversSchema = DateRangeSchema;

// ─── results ────────────────────────────────────────────────────────────────

/** What `compile` proposes: not saved until `saveDraft`. */
export interface HandoverDraft {
  date: string;
  shiftCode: string;
  area: string;
  /** The shift's window, local 'YYYY-MM-DDTHH:mm', end exclusive. */
  from: string;
  until: string;
  counts: HandoverCounts;
  sections: HandoverSections;
  /** The saved handover of this shift and area, when there is one. */
  existing: Handover | null;
  /**
   * The default signers by the roster: the staff on this shift (outgoing) and
   * on the shift starting when it ends (incoming), with their sign-in names.
   * Staff of the handover's area first when the roster names areas.
   */
  signers: { outgoing: OnDutyEntry[]; incoming: OnDutyEntry[] };
}

// ─── channels ───────────────────────────────────────────────────────────────

export const handoversChannels = defineChannels('handovers', {
  'handovers.compile': {
    input: HandoverKeySchema,
    output: returns<HandoverDraft>(),
    permission: 'care.record',
  },
  'handovers.saveDraft': { input: SaveDraftSchema, output: returns<Handover>(), permission: 'care.record' },
  'handovers.sign': { input: SignHandoverSchema, output: returns<Handover>(), permission: 'care.record' },
  'handovers.addendum': {
    input: AddendumInputSchema,
    output: returns<Handover>(),
    permission: 'care.record',
  },
  'handovers.get': { input: HandoverIdSchema, output: returns<Handover>(), permission: 'elders.read' },
  'handovers.list': { input: ListHandoversSchema, output: returns<Handover[]>(), permission: 'elders.read' },
});
