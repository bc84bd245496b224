/**
 * Handovers: compile a draft, save it, sign it (outgoing, then incoming,
 * each with their own password checked by the auth feature and never kept),
 * and add signed addenda once both have signed. Every refusal leaves the data
 * folder as it was.
 */
import type { z } from 'zod';
import { CareError } from '../../../shared/errors';
import { addDaysIso, isLiveRecord } from '../../../shared/domain/census';
import { periodOfDate } from '../../../shared/domain/period';
import type { Language } from '../../../shared/i18n/types';
import type {
  AddendumInputSchema,
  HandoverDraft,
  HandoverIdSchema,
  HandoverKeySchema,
  ListHandoversSchema,
  SaveDraftSchema,
  SignHandoverSchema,
} from '../../../shared/ipc/handovers';
import type { OnDutyEntry } from '../../../shared/ipc/rosters';
import type { CoreDoc, Handover, RoundPlanArea, Signature, User } from '../../../shared/schema';
import { newId } from '../../../shared/schema/common';
import type { CareStore, CareTx } from '../care-store';
import { localNow, recordsBetween, type CareDeps } from '../rounds';
import { compileHandover, shiftWindow } from './compile';
import { rosteredOn, startingAt } from '../rosters';

export interface HandoverDeps extends CareDeps {
  language: () => Language;
  /** The auth feature's password check for a second signature. */
  confirmPassword: (username: string, password: string) => Promise<User>;
}

function areaOf(core: Readonly<CoreDoc>, name: string): RoundPlanArea | null {
  if (name === '') return null;
  const area = core.settings.roundPlan.find((a) => a.name === name);
  if (!area) throw new CareError('rounds.unknownArea', { area: name });
  return area;
}

async function compileFor(
  deps: HandoverDeps,
  store: CareStore,
  key: { date: string; shiftCode: string; area: string },
): Promise<Omit<HandoverDraft, 'existing' | 'signers'>> {
  const core = store.core;
  const shift = core.shiftTemplates.find((s) => s.code === key.shiftCode && s.active);
  if (!shift) throw new CareError('handovers.unknownShift', { code: key.shiftCode });
  const area = areaOf(core, key.area);
  const window = shiftWindow(key.date, shift);
  const last = addDaysIso(key.date, 1);
  const compiled = compileHandover({
    core,
    area,
    date: key.date,
    window,
    careLogs: await recordsBetween(store, 'careLogs', key.date, last),
    rounds: await recordsBetween(store, 'rounds', key.date, last),
    today: localNow(deps).date,
    language: deps.language(),
  });
  return { ...key, from: window.from, until: window.until, ...compiled };
}

/** The roster's staff of the shift and of the next one, the handover's area first (or only, when it has any). */
async function signersOf(
  store: CareStore,
  key: { date: string; shiftCode: string; area: string },
  until: string,
): Promise<HandoverDraft['signers']> {
  const ofArea = (list: OnDutyEntry[]): OnDutyEntry[] => {
    const own = list.filter((e) => e.area === key.area);
    return key.area !== '' && own.length > 0 ? own : list;
  };
  return {
    outgoing: ofArea(await rosteredOn(store, key.date, key.shiftCode)),
    incoming: ofArea(await startingAt(store, until)),
  };
}

async function findByKey(
  store: CareStore,
  key: { date: string; shiftCode: string; area: string },
): Promise<Handover | null> {
  const shard = await store.shard('careLogs', periodOfDate(key.date));
  const found = shard.records.find(
    (r): r is Handover =>
      r.type === 'handover' &&
      isLiveRecord(r) &&
      r.date === key.date &&
      r.shiftCode === key.shiftCode &&
      r.area === key.area,
  );
  return found ?? null;
}

export async function compileDraft(
  deps: HandoverDeps,
  input: z.output<typeof HandoverKeySchema>,
): Promise<HandoverDraft> {
  const store = deps.store();
  const draft = await compileFor(deps, store, input);
  return {
    ...draft,
    existing: await findByKey(store, input),
    signers: await signersOf(store, input, draft.until),
  };
}

/** Creates the shift's draft, or replaces the sections of the unsigned one; counts are always the core's. */
export async function saveDraft(
  deps: HandoverDeps,
  input: z.output<typeof SaveDraftSchema>,
): Promise<Handover> {
  const store = deps.store();
  const { at } = localNow(deps);
  const compiled = await compileFor(deps, store, input);
  const summary = `${input.date} ${input.shiftCode} ${input.area}`;
  return store.mutate({ actor: deps.actor, action: 'handovers.saveDraft', summary }, async (tx) => {
    const shard = await tx.shard('careLogs', periodOfDate(input.date));
    const existing = shard.records.find(
      (r): r is Handover =>
        r.type === 'handover' &&
        isLiveRecord(r) &&
        r.date === input.date &&
        r.shiftCode === input.shiftCode &&
        r.area === input.area,
    );
    if (existing && existing.outgoing !== null) throw new CareError('handovers.locked');
    const handover: Handover = {
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      date: input.date,
      type: 'handover',
      shiftCode: input.shiftCode,
      area: input.area,
      state: 'draft',
      counts: compiled.counts,
      sections: input.sections,
      outgoing: null,
      incoming: null,
      addenda: [],
    };
    tx.put({ kind: 'careLogs', period: periodOfDate(input.date) }, handover);
    return handover;
  });
}

async function loadHandover(tx: Pick<CareTx, 'shard'>, id: string, date: string): Promise<Handover> {
  const shard = await tx.shard('careLogs', periodOfDate(date));
  const found = shard.records.find(
    (r): r is Handover => r.type === 'handover' && r.id === id && isLiveRecord(r),
  );
  if (!found) throw new CareError('handovers.notFound');
  return found;
}

function signatureOf(core: Readonly<CoreDoc>, user: User, at: string): Signature {
  const staff = core.staff.find((s) => s.userId === user.id);
  return {
    ...(staff ? { staffId: staff.id } : {}),
    userId: user.id,
    name: staff?.name ?? user.displayName,
    at,
  };
}

export async function signHandover(
  deps: HandoverDeps,
  input: z.output<typeof SignHandoverSchema>,
): Promise<Handover> {
  const store = deps.store();
  // Checked before the change opens: a wrong password writes nothing but the throttle's count.
  const current = await loadHandover(store, input.id, input.date);
  const signedCode = (role: 'outgoing' | 'incoming') =>
    role === 'outgoing' ? 'handovers.outgoingSigned' : 'handovers.incomingSigned';
  const already = current[input.role];
  if (already) throw new CareError(signedCode(input.role), { name: already.name });
  if (input.role === 'incoming' && current.outgoing === null) throw new CareError('handovers.outgoingFirst');
  const user = await deps.confirmPassword(input.username, input.password);
  const { at } = localNow(deps);
  const summary = `${current.date} ${current.shiftCode} ${current.area} ${input.role} ${user.username}`;
  return store.mutate({ actor: deps.actor, action: 'handovers.sign', summary }, async (tx) => {
    const handover = await loadHandover(tx, input.id, input.date);
    const taken = handover[input.role];
    if (taken) throw new CareError(signedCode(input.role), { name: taken.name });
    if (input.role === 'incoming') {
      if (handover.outgoing === null) throw new CareError('handovers.outgoingFirst');
      if (handover.outgoing.userId === user.id)
        throw new CareError('handovers.sameSigner', { name: handover.outgoing.name });
    }
    const signature = signatureOf(tx.core, user, at);
    const next: Handover = {
      ...handover,
      [input.role]: signature,
      state: input.role === 'incoming' ? 'signed' : 'draft',
      updatedAt: at,
    };
    tx.put({ kind: 'careLogs', period: periodOfDate(handover.date) }, next);
    return next;
  });
}

export async function addAddendum(
  deps: HandoverDeps,
  input: z.output<typeof AddendumInputSchema>,
): Promise<Handover> {
  const store = deps.store();
  const current = await loadHandover(store, input.id, input.date);
  if (current.state !== 'signed') throw new CareError('handovers.notSigned');
  const user = await deps.confirmPassword(input.username, input.password);
  const { at } = localNow(deps);
  const summary = `${current.date} ${current.shiftCode} ${current.area} ${user.username}`;
  return store.mutate({ actor: deps.actor, action: 'handovers.addendum', summary }, async (tx) => {
    const handover = await loadHandover(tx, input.id, input.date);
    if (handover.state !== 'signed') throw new CareError('handovers.notSigned');
    const next: Handover = {
      ...handover,
      addenda: [
        ...handover.addenda,
        { id: newId(), text: input.text, signature: signatureOf(tx.core, user, at) },
      ],
      updatedAt: at,
    };
    tx.put({ kind: 'careLogs', period: periodOfDate(handover.date) }, next);
    return next;
  });
}

export async function getHandover(
  deps: CareDeps,
  input: z.output<typeof HandoverIdSchema>,
): Promise<Handover> {
  return loadHandover(deps.store(), input.id, input.date);
}

export async function listHandovers(
  deps: CareDeps,
  input: z.output<typeof ListHandoversSchema>,
): Promise<Handover[]> {
  const records = await recordsBetween(deps.store(), 'careLogs', input.from, input.to);
  return records
    .filter((r): r is Handover => r.type === 'handover' && isLiveRecord(r))
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1));
}
