import { useSearchParams } from 'react-router-dom';
import { isIsoDate } from '../../../../../shared/domain/dates';
import { todayIso } from '../../../components/today-iso';

/** The day in the address (`?date=`), so a past night can be linked; today when absent or not a date. */
export function useDayParam(): { date: string; today: string; setDate: (date: string) => void } {
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const asked = params.get('date');
  const date = asked !== null && isIsoDate(asked) ? asked : today;
  return {
    date,
    today,
    setDate: (next) => setParams(next === today ? {} : { date: next }, { replace: true }),
  };
}
