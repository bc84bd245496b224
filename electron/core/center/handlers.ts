import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { getCenter, saveCenter } from './center-service';

export function centerHandlers(ctx: HandlerContext): FeatureHandlers<'center'> {
  return {
    'center.get': () => Promise.resolve(getCenter(ctx.store())),
    'center.save': (input) => saveCenter(ctx.store(), ctx.actor, input),
  };
}
