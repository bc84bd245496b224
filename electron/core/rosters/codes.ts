/** The roster's codes: shift templates and day codes share one case-free namespace. */
import { CareError } from '../../../shared/errors';
import { codeKey, type CodeBook, type RosterCodeInfo } from '../../../shared/domain/roster-checks';
import type { GridCode } from '../../../shared/ipc/rosters';
import type { CoreDoc, DayCode, ShiftTemplate } from '../../../shared/schema';

export type CodeRecord = { kind: 'shift'; record: ShiftTemplate } | { kind: 'day'; record: DayCode };

/** Every code by its key. */
export function codeRecords(
  core: Readonly<Pick<CoreDoc, 'shiftTemplates' | 'dayCodes'>>,
): Map<string, CodeRecord> {
  const out = new Map<string, CodeRecord>();
  for (const d of core.dayCodes) out.set(codeKey(d.code), { kind: 'day', record: d });
  // Shift templates win a clash: verify reports such a clash, the roster must still read.
  for (const t of core.shiftTemplates) out.set(codeKey(t.code), { kind: 'shift', record: t });
  return out;
}

export function codeBook(records: ReadonlyMap<string, CodeRecord>): CodeBook {
  const book = new Map<string, RosterCodeInfo>();
  for (const [key, c] of records)
    book.set(
      key,
      c.kind === 'shift'
        ? {
            kind: 'shift',
            code: c.record.code,
            start: c.record.start,
            end: c.record.end,
            paidHours: c.record.paidHours,
            night: c.record.night,
          }
        : { kind: 'day', code: c.record.code, dayKind: c.record.kind },
    );
  return book;
}

/** A typed code as stored (the record's own spelling); unknown codes are refused. */
export function resolveCode(records: ReadonlyMap<string, CodeRecord>, code: string): CodeRecord {
  const found = records.get(codeKey(code));
  if (!found) throw new CareError('rosters.unknownCode', { code: code.trim() });
  return found;
}

export function gridCode(c: CodeRecord): GridCode {
  if (c.kind === 'shift') {
    const t = c.record;
    return {
      code: t.code,
      name: t.name,
      kind: 'shift',
      start: t.start,
      end: t.end,
      crossesMidnight: t.crossesMidnight,
      paidHours: t.paidHours,
      night: t.night,
      dayKind: null,
      colour: t.colour,
      active: t.active,
    };
  }
  const d = c.record;
  return {
    code: d.code,
    name: d.name,
    kind: 'day',
    start: null,
    end: null,
    crossesMidnight: false,
    paidHours: 0,
    night: false,
    dayKind: d.kind,
    colour: d.colour,
    active: d.active,
  };
}

/** Cell order: shifts by start time, then day codes by code. */
export function sortCodes(codes: string[], records: ReadonlyMap<string, CodeRecord>): string[] {
  const rank = (code: string): string => {
    const c = records.get(codeKey(code));
    return c?.kind === 'shift' ? `0${c.record.start}` : `1${code}`;
  };
  return codes.sort((a, b) => rank(a).localeCompare(rank(b)));
}
