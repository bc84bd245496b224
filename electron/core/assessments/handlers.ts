import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { peopleDeps } from '../people';
import { dueList, previewAbilityFor, saveAbility, saveRisk } from './assessments-service';

export function assessmentsHandlers(ctx: HandlerContext): FeatureHandlers<'assessments'> {
  const people = peopleDeps(ctx);
  return {
    'assessments.previewAbility': ({ personId, input }) => previewAbilityFor(people, personId, input),
    'assessments.saveAbility': (input) => saveAbility(people, input),
    'assessments.saveRisk': (input) => saveRisk(people, input),
    'assessments.due': () => dueList(people),
  };
}
