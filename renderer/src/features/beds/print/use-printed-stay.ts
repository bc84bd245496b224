import { useParams, useSearchParams } from 'react-router-dom';
import { todayIso } from '../../../components/today-iso';
import { usePerson } from '../../people';
import { useBoard, usePersonResidence } from '../queries';

/**
 * The stay a paper page prints, with its elder. The elder comes in the
 * address (`?person=`); a bare address looks the stay up among today's
 * residents on the board.
 */
export function usePrintedStay() {
  const { stayId = '' } = useParams();
  const [params] = useSearchParams();
  const given = params.get('person');
  const board = useBoard(todayIso());
  const fromBoard =
    given === null
      ? board.data?.buildings
          .flatMap((b) => b.floors.flatMap((f) => f.rooms.flatMap((r) => r.beds)))
          .find((bed) => bed.occupant?.stayId === stayId)?.occupant?.personId
      : undefined;
  const personId = given ?? fromBoard;
  const residence = usePersonResidence(personId);
  const person = usePerson(personId ?? '');
  const stay = residence.data?.stays.find((s) => s.stay.id === stayId);
  const lookedUp = given !== null || board.isSuccess || board.isError;
  const notFound =
    (lookedUp && personId === undefined) ||
    residence.isError ||
    person.isError ||
    (residence.isSuccess && !stay);
  return {
    stay,
    detail: personId === undefined ? undefined : person.data,
    notFound,
    ready: notFound || (stay !== undefined && person.isSuccess),
  };
}
