import { currentAppState } from '../app';
import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';

export function backupsHandlers(ctx: HandlerContext): FeatureHandlers<'backups'> {
  const restored = () => {
    // The restored data may hold another language choice, or no center profile yet.
    ctx.languages.refresh();
    return currentAppState(ctx);
  };
  return {
    'backups.list': () => ctx.backups.list(),
    'backups.create': () => ctx.backups.create(ctx.actor),
    'backups.restore': async ({ file }) => {
      await ctx.backups.restore(file, ctx.actor);
      return restored();
    },
    'backups.copyTo': ({ file }) => ctx.backups.copyTo(file),
    'backups.inspectFile': () => ctx.backups.inspectFile(),
    'backups.restoreStaged': async ({ stagedId }) => {
      await ctx.backups.restoreStaged(stagedId, ctx.actor);
      return restored();
    },
    'backups.discardStaged': async ({ stagedId }) => {
      await ctx.backups.discardStaged(stagedId);
      return null;
    },
  };
}
