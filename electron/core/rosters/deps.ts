import { careDeps, type CareDeps } from '../rounds';
import type { HandlerContext } from '../ipc/handler-table';

/** What the roster services use: the care services' dependencies and who is signed in (for the version line). */
export interface RosterDeps extends CareDeps {
  user: () => { id: string; displayName: string } | null;
}

export function rosterDeps(ctx: HandlerContext): RosterDeps {
  const deps = careDeps(ctx);
  return Object.assign(deps, {
    user: () => {
      const user = ctx.auth.currentUser();
      return user ? { id: user.id, displayName: user.displayName } : null;
    },
  });
}
