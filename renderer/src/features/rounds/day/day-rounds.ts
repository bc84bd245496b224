import type { RoundSlot } from '../../../../../shared/ipc/rounds';
import type { Round } from '../../../../../shared/schema/rounds';

export interface AreaDay {
  area: string;
  slots: RoundSlot[];
  rounds: Round[];
}

/**
 * The rounds of one day per area: the slots of the day and of the night that
 * starts on it, the rounds that kept them (a 02:00 round is dated the next day
 * but belongs to this night), and every round made on this date (its 02:00
 * round kept the night before's slot, and is listed there too, with its date).
 */
export function roundsOfDay(
  date: string,
  areas: readonly string[],
  slots: readonly RoundSlot[],
  rounds: readonly Round[],
): AreaDay[] {
  const mine = slots.filter((s) => s.night === date);
  const mineKept = new Set(mine.map((s) => s.roundId).filter((id): id is string => id !== null));
  const shown = rounds.filter((r) => mineKept.has(r.id) || r.date === date);
  const names = [...areas];
  for (const r of shown) if (!names.includes(r.area)) names.push(r.area);
  return names.map((area) => ({
    area,
    slots: mine.filter((s) => s.area === area),
    rounds: shown
      .filter((r) => r.area === area)
      .sort((a, b) => `${a.date}T${a.time}`.localeCompare(`${b.date}T${b.time}`)),
  }));
}
