import { CareError } from '../../../shared/errors';
import { minutesOfDay } from '../../../shared/domain/dates';
import { DayCodeInputSchema, STAFF_CODES, ShiftTemplateInputSchema } from '../../../shared/ipc/staff';
import type { DayCodeInput, ShiftTemplateInput } from '../../../shared/ipc/staff';
import { DayCodeSchema, ShiftTemplateSchema, newId } from '../../../shared/schema';
import type { CoreDoc, DayCode, ShiftTemplate } from '../../../shared/schema';
import type { CareStore } from '../care-store';
import { parseOrThrow } from '../store/schemas';
import { allCodes, codeHolder, codeKey } from './codes';

export interface ShiftsDeps {
  store: () => CareStore;
  actor: string;
  now?: () => Date;
}

/** Roster order: active first, then by start time (day codes by code). */
export function listShiftTemplates(core: Readonly<CoreDoc>): ShiftTemplate[] {
  return [...core.shiftTemplates].sort(
    (a, b) =>
      Number(b.active) - Number(a.active) || a.start.localeCompare(b.start) || a.code.localeCompare(b.code),
  );
}

export function listDayCodes(core: Readonly<CoreDoc>): DayCode[] {
  return [...core.dayCodes].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.code.localeCompare(b.code),
  );
}

/** A shift ending at or before its start ends on the next day (and belongs to the day it starts). */
export function crossesMidnight(start: string, end: string): boolean {
  return minutesOfDay(end) <= minutesOfDay(start);
}

/**
 * Codes are what the roster stores, for shifts and day codes alike: one code
 * in both lists (any case) would make a roster cell ambiguous, and changing a
 * saved code would orphan the roster entries that carry it. A center that
 * wants another code adds a new one and sets the old one inactive.
 */
function checkCode(
  core: Readonly<CoreDoc>,
  code: string,
  existing: { id: string; code: string } | undefined,
): void {
  if (existing && codeKey(existing.code) !== codeKey(code)) {
    throw new CareError(STAFF_CODES.codeFixed, { code: existing.code }, [
      { path: 'code', code: STAFF_CODES.codeFixed, params: { code: existing.code } },
    ]);
  }
  const other = codeHolder(allCodes(core.shiftTemplates, core.dayCodes), code, existing?.id);
  if (other) {
    throw new CareError(STAFF_CODES.codeTaken, { code: other.code, name: other.name }, [
      { path: 'code', code: STAFF_CODES.codeTaken, params: { code: other.code, name: other.name } },
    ]);
  }
}

export async function saveShiftTemplate(deps: ShiftsDeps, input: ShiftTemplateInput): Promise<ShiftTemplate> {
  const { id, ...fields } = parseOrThrow(ShiftTemplateInputSchema, input) as ReturnType<
    typeof ShiftTemplateInputSchema.parse
  >;
  const at = (deps.now?.() ?? new Date()).toISOString();
  return deps
    .store()
    .mutate(
      { actor: deps.actor, action: 'staff.saveShiftTemplate', summary: `${fields.code} ${fields.name}` },
      (tx) => {
        const existing = id === undefined ? undefined : tx.core.shiftTemplates.find((t) => t.id === id);
        if (id !== undefined && !existing) throw new CareError(STAFF_CODES.shiftNotFound, { id });
        checkCode(tx.core, fields.code, existing);
        const template = parseOrThrow(ShiftTemplateSchema, {
          ...fields,
          id: existing?.id ?? newId(),
          createdAt: existing?.createdAt ?? at,
          updatedAt: at,
          crossesMidnight: crossesMidnight(fields.start, fields.end),
        }) as ShiftTemplate;
        tx.put('core', 'shiftTemplates', template);
        return template;
      },
    );
}

export async function saveDayCode(deps: ShiftsDeps, input: DayCodeInput): Promise<DayCode> {
  const { id, ...fields } = parseOrThrow(DayCodeInputSchema, input) as ReturnType<
    typeof DayCodeInputSchema.parse
  >;
  const at = (deps.now?.() ?? new Date()).toISOString();
  return deps
    .store()
    .mutate(
      { actor: deps.actor, action: 'staff.saveDayCode', summary: `${fields.code} ${fields.name}` },
      (tx) => {
        const existing = id === undefined ? undefined : tx.core.dayCodes.find((d) => d.id === id);
        if (id !== undefined && !existing) throw new CareError(STAFF_CODES.dayCodeNotFound, { id });
        checkCode(tx.core, fields.code, existing);
        const dayCode = parseOrThrow(DayCodeSchema, {
          ...fields,
          id: existing?.id ?? newId(),
          createdAt: existing?.createdAt ?? at,
          updatedAt: at,
        }) as DayCode;
        tx.put('core', 'dayCodes', dayCode);
        return dayCode;
      },
    );
}
