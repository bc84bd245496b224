import { useSearchParams } from 'react-router-dom';
import { addDaysIso } from '../../../../../shared/domain/census';
import { isIsoDate, isTime } from '../../../../../shared/domain/dates';
import { todayIso } from '../../../components/today-iso';
import { timeNow } from '../marks';
import { useRoundPlan, useRoundSheet, useRoundSlots, useRoundsOn } from '../queries';

/**
 * What the printed sheet shows: who is expected in the area at that time and,
 * when a round was recorded for it (at that very time, or the round that kept
 * the plan's slot of that time), its marks; else the sheet stays blank to be
 * filled by hand.
 */
export function usePrintedRound() {
  const [params] = useSearchParams();
  const plan = useRoundPlan();
  const askedDate = params.get('date');
  const askedTime = params.get('time');
  const date = askedDate !== null && isIsoDate(askedDate) ? askedDate : todayIso();
  const time = askedTime !== null && isTime(askedTime) ? askedTime : timeNow();
  const area = params.get('area') ?? plan.data?.areas[0]?.name ?? null;
  const sheet = useRoundSheet(area === null ? null : { area, date, time });
  const rounds = useRoundsOn(date);
  const slots = useRoundSlots(addDaysIso(date, -1), date);
  const sameArea = (rounds.data ?? []).filter((r) => r.area === area);
  const slotRound = slots.data?.find((s) => s.area === area && s.date === date && s.time === time)?.roundId;
  const round = sameArea.find((r) => r.time === time) ?? sameArea.find((r) => r.id === slotRound) ?? null;
  const ready = sheet.isSuccess && rounds.isSuccess && slots.isSuccess;
  return { area, date, time, sheet, round, ready, failed: sheet.isError || plan.isError };
}
