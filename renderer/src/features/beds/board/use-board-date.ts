import { useSearchParams } from 'react-router-dom';
import { isIsoDate } from '../../../../../shared/domain/dates';
import { todayIso } from '../../../components/today-iso';

/**
 * The board's date, kept in the address (`?date=`) so a past day can be linked
 * and survives a reload; today when absent or not a real date.
 */
export function useBoardDate(): { date: string; today: string; setDate: (date: string) => void } {
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const asked = params.get('date');
  const date = asked !== null && isIsoDate(asked) ? asked : today;
  const setDate = (next: string) => {
    setParams(next === today ? {} : { date: next }, { replace: true });
  };
  return { date, today, setDate };
}
