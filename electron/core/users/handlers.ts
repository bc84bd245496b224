import type { FeatureHandlers, HandlerContext } from '../ipc/handler-table';
import {
  createUser,
  listUsers,
  resetPassword,
  unlockUser,
  updateUser,
  type UsersDeps,
} from './users-service';

export function usersHandlers(ctx: HandlerContext): FeatureHandlers<'users'> {
  const deps: UsersDeps = {
    store: ctx.store,
    credentials: ctx.credentials,
    hashCost: ctx.hashCost,
    now: ctx.now,
    session: ctx.auth,
  };
  return {
    'users.list': () => Promise.resolve(listUsers(deps)),
    'users.create': (input) => createUser(deps, input),
    'users.update': (input) => updateUser(deps, input),
    'users.resetPassword': (input) => resetPassword(deps, input),
    'users.unlock': ({ id }) => Promise.resolve(unlockUser(deps, id)),
  };
}
