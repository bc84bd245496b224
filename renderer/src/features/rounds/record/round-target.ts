import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isIsoDate, isTime } from '../../../../../shared/domain/dates';
import { todayIso } from '../../../components/today-iso';
import { timeNow } from '../marks';

/** The round asked for in the address (`?area=&date=&time=`): now, and the plan's first area, when absent. */
export function useRoundTarget(firstArea: string | undefined): { area: string; date: string; time: string } {
  const [params] = useSearchParams();
  // "Now" is when the page opened: a minute passing must not move the round's time under the carer.
  const [opened] = useState(() => ({ date: todayIso(), time: timeNow() }));
  const date = params.get('date');
  const time = params.get('time');
  return {
    area: params.get('area') ?? firstArea ?? '',
    date: date !== null && isIsoDate(date) ? date : opened.date,
    time: time !== null && isTime(time) ? time : opened.time,
  };
}
