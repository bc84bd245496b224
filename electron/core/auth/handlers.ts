import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import {
  authState,
  changePassword,
  createFirstAdmin,
  lock,
  signIn,
  signOut,
  type AuthDeps,
} from './auth-service';

export function authDeps(ctx: HandlerContext): AuthDeps {
  return {
    store: ctx.store,
    session: ctx.auth,
    credentials: ctx.credentials,
    hashCost: ctx.hashCost,
    now: ctx.now,
  };
}

export function authHandlers(ctx: HandlerContext): FeatureHandlers<'auth'> {
  const deps = authDeps(ctx);
  return {
    'auth.state': () => Promise.resolve(authState(deps)),
    'auth.signIn': (input) => signIn(deps, input),
    'auth.signOut': () => Promise.resolve(signOut(deps)),
    'auth.lock': () => Promise.resolve(lock(deps)),
    'auth.createFirstAdmin': (input) => createFirstAdmin(deps, input),
    'auth.changePassword': (input) => changePassword(deps, input),
  };
}
