import { useParams, useSearchParams } from 'react-router-dom';
import { useIncident } from './queries';

/** The incident of the address `/…/:incidentId?date=`: its row, or why it is not shown. */
export function useIncidentAddress() {
  const { incidentId = '' } = useParams();
  const [params] = useSearchParams();
  const date = params.get('date');
  return useIncident(incidentId, date !== null && date !== '' ? date : null);
}
