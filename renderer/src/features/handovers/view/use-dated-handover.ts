import { useParams, useSearchParams } from 'react-router-dom';
import { addDaysIso } from '../../../../../shared/domain/census';
import { isIsoDate } from '../../../../../shared/domain/dates';
import { MAX_QUERY_DAYS } from '../../../../../shared/ipc/rounds';
import { todayIso } from '../../../components/today-iso';
import { useHandover, useHandoverList } from '../queries';

/**
 * The handover an address names. Its date (`?date=`) files it under its month;
 * an address without one (typed, or kept from elsewhere) is looked up among
 * the handovers of the last two months.
 */
export function useDatedHandover() {
  const { handoverId = '' } = useParams();
  const [params] = useSearchParams();
  const given = params.get('date');
  const date = given !== null && isIsoDate(given) ? given : null;
  const today = todayIso();
  const recent = useHandoverList(
    { from: addDaysIso(today, -(MAX_QUERY_DAYS - 1)), to: today },
    date === null,
  );
  const found = date === null ? recent.data?.find((h) => h.id === handoverId) : undefined;
  const one = useHandover(handoverId, date ?? found?.date ?? null);
  const searched = date === null && (recent.isSuccess || recent.isError);
  const notFound = one.isError || (searched && found === undefined);
  return {
    handover: one.data,
    notFound,
    ready: notFound || one.isSuccess,
  };
}
