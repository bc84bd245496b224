import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { careDeps } from '../rounds';
import {
  closeIncident,
  getIncident,
  listIncidents,
  notifyFamily,
  reportIncident,
  reviewIncident,
  updateIncident,
} from './incidents-service';

export function incidentsHandlers(ctx: HandlerContext): FeatureHandlers<'incidents'> {
  const deps = careDeps(ctx);
  return {
    'incidents.report': (input) => reportIncident(deps, input),
    'incidents.update': (input) => updateIncident(deps, input),
    'incidents.notifyFamily': (input) => notifyFamily(deps, input),
    'incidents.review': (input) => reviewIncident(deps, input),
    'incidents.close': (input) => closeIncident(deps, input),
    'incidents.get': (input) => getIncident(deps, input),
    'incidents.list': (input) => listIncidents(deps, input),
  };
}
