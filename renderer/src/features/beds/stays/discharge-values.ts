import type { DischargeReason } from '../../../../../shared/schema';
import { blankToUndefined } from './stay-resolver';

export interface BelongingValues {
  item: string;
  quantity: number | null;
  notes: string;
}

export interface DischargeValues {
  on: string;
  reason: DischargeReason | undefined;
  destination: string;
  belongings: BelongingValues[];
  notes: string;
}

export function emptyBelonging(): BelongingValues {
  return { item: '', quantity: 1, notes: '' };
}

/**
 * The core's input. A row left wholly blank is dropped rather than refused
 * (the clerk added one too many); the indices of the rows kept are those of
 * the form, so an error lands on its row only while no blank row precedes it,
 * which is why blank rows are dropped only at the end of the list.
 */
export function toDischargeInput(personId: string, v: DischargeValues): Record<string, unknown> {
  const rows = [...v.belongings];
  while (rows.length > 0) {
    const last = rows[rows.length - 1];
    if (!last || last.item.trim() !== '' || last.notes.trim() !== '') break;
    rows.pop();
  }
  return {
    personId,
    on: v.on,
    reason: v.reason,
    destination: blankToUndefined(v.destination),
    belongings:
      rows.length === 0
        ? undefined
        : rows.map((r) => ({
            item: r.item,
            quantity: r.quantity ?? undefined,
            notes: blankToUndefined(r.notes),
          })),
    notes: blankToUndefined(v.notes),
  };
}
