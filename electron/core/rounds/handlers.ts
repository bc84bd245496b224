import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { careDeps } from './deps';
import { listPatrols, patrolNights, recordPatrol } from './patrols-service';
import { listRounds, recordRound, roundPlan, roundSheet, roundSlots, saveRoundPlan } from './rounds-service';

export function roundsHandlers(ctx: HandlerContext): FeatureHandlers<'rounds'> {
  const deps = careDeps(ctx);
  const core = () => ctx.store().core;
  return {
    'rounds.plan': () => Promise.resolve(roundPlan(core())),
    'rounds.savePlan': (input) => saveRoundPlan(deps, input),
    'rounds.sheet': (input) => Promise.resolve(roundSheet(core(), input)),
    'rounds.record': (input) => recordRound(deps, input),
    'rounds.list': (input) => listRounds(deps, input),
    'rounds.slots': (input) => roundSlots(deps, input),
    'rounds.recordPatrol': (input) => recordPatrol(deps, input),
    'rounds.patrols': (input) => listPatrols(deps, input),
    'rounds.patrolNights': (input) => patrolNights(deps, input),
  };
}
