import { currentAppState } from '../app';
import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';

export function backupsHandlers(ctx: HandlerContext): FeatureHandlers<'backups'> {
  return {
    'backups.list': () => ctx.backups.list(),
    'backups.create': () => ctx.backups.create(ctx.actor),
    'backups.restore': async ({ file }) => {
      await ctx.backups.restore(file, ctx.actor);
      // The restored data may hold another language choice, or no center profile yet.
      ctx.languages.refresh();
      return currentAppState(ctx);
    },
  };
}
