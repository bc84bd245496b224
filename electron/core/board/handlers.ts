import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { careBoard } from './board-service';

export function boardHandlers(ctx: HandlerContext): FeatureHandlers<'board'> {
  return { 'board.now': () => careBoard({ store: ctx.store, now: ctx.now }) };
}
