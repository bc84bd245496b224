import { confirmPassword } from '../auth/auth-service';
import { authDeps } from '../auth/handlers';
import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import { careDeps } from '../rounds';
import {
  addAddendum,
  compileDraft,
  getHandover,
  listHandovers,
  saveDraft,
  signHandover,
  type HandoverDeps,
} from './handovers-service';

export function handoversHandlers(ctx: HandlerContext): FeatureHandlers<'handovers'> {
  const auth = authDeps(ctx);
  const deps: HandoverDeps = Object.assign(careDeps(ctx), {
    language: () => ctx.languages.current(),
    confirmPassword: (username: string, password: string) => confirmPassword(auth, username, password),
  });
  return {
    'handovers.compile': (input) => compileDraft(deps, input),
    'handovers.saveDraft': (input) => saveDraft(deps, input),
    'handovers.sign': (input) => signHandover(deps, input),
    'handovers.addendum': (input) => addAddendum(deps, input),
    'handovers.get': (input) => getHandover(deps, input),
    'handovers.list': (input) => listHandovers(deps, input),
  };
}
