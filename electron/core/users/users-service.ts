import { CareError } from '../../../shared/errors';
import type {
  ResetPasswordInput,
  UserCreateInput,
  UserUpdateInput,
  UserView,
} from '../../../shared/ipc/users';
import { newId } from '../../../shared/schema/common';
import type { Staff } from '../../../shared/schema/staff';
import type { User } from '../../../shared/schema/users';
import type { CareStore, CareTx } from '../care-store';
import type { AuthSession } from '../auth/auth-session';
import { findUser, setPassword } from '../auth/auth-service';
import type { CredentialsStore } from '../auth/credentials-store';
import type { ScryptCost } from '../auth/password-hash';
import { refuseCommonPassword } from '../auth/password-rules';

export interface UsersDeps {
  store: () => CareStore;
  credentials: CredentialsStore;
  hashCost: ScryptCost;
  now: () => Date;
  /** The window's session, for the sign-in delays it keeps; absent on the command line. */
  session?: AuthSession;
}

function field(path: string, code: string): CareError {
  return new CareError('validation.invalid', {}, [{ path, code }]);
}

export function userView(deps: UsersDeps, user: User): UserView {
  const core = deps.store().core;
  const staff = core.staff.find((s) => s.userId === user.id);
  const throttle = deps.session?.throttle.state(user.username) ?? { failures: 0, blockedUntil: null };
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    active: user.active,
    lastSignInAt: user.lastSignInAt,
    staffId: staff?.id ?? null,
    staffName: staff?.name ?? null,
    failedAttempts: throttle.failures,
    blockedUntil: throttle.blockedUntil === null ? null : new Date(throttle.blockedUntil).toISOString(),
  };
}

export function listUsers(deps: UsersDeps): UserView[] {
  return [...deps.store().core.users]
    .sort((a, b) => a.username.localeCompare(b.username))
    .map((user) => userView(deps, user));
}

function userById(core: CareStore['core'], id: string): User {
  const user = core.users.find((u) => u.id === id);
  if (!user) throw new CareError('users.notFound');
  return user;
}

function withoutLink(staff: Staff): Staff {
  const { userId: _unlinked, ...rest } = staff;
  return rest;
}

/**
 * staff.userId is the one link between a person on the staff and an account:
 * links `userId` to `staffId` (null unlinks), refusing a staff member who
 * already belongs to another account.
 */
function linkStaff(tx: CareTx, userId: string, staffId: string | null, at: string): void {
  if (staffId !== null) {
    const target = tx.core.staff.find((s) => s.id === staffId);
    if (!target) throw field('staffId', 'users.staffNotFound');
    if (target.userId !== undefined && target.userId !== userId) throw field('staffId', 'users.staffLinked');
  }
  for (const staff of tx.core.staff) {
    if (staff.userId === userId && staff.id !== staffId)
      tx.put('core', 'staff', { ...withoutLink(staff), updatedAt: at });
  }
  const target = staffId === null ? undefined : tx.core.staff.find((s) => s.id === staffId);
  if (target && target.userId !== userId) tx.put('core', 'staff', { ...target, userId, updatedAt: at });
}

function refuseWhileReadOnly(store: CareStore): void {
  if (store.readOnly) throw new CareError('store.readOnly', { reason: store.readOnly.reason });
}

export async function createUser(deps: UsersDeps, input: UserCreateInput): Promise<UserView> {
  const store = deps.store();
  if (findUser(store.core, input.username)) throw field('username', 'users.usernameTaken');
  refuseCommonPassword(input.password, 'password');
  refuseWhileReadOnly(store);
  const at = deps.now().toISOString();
  const user: User = {
    id: newId(),
    createdAt: at,
    updatedAt: at,
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    active: true,
    lastSignInAt: null,
  };
  // The record first here (unlike the first administrator): its checks inside the mutation
  // (a staff member linked meanwhile) may still refuse, and must not leave a stray hash behind.
  await store.mutate({ actor: 'system', action: 'users.create', summary: user.username }, (tx) => {
    if (findUser(tx.core, user.username)) throw field('username', 'users.usernameTaken');
    tx.put('core', 'users', user);
    linkStaff(tx, user.id, input.staffId, at);
  });
  await setPassword(deps, user, input.password, 'users.passwordSet');
  return userView(deps, userById(store.core, user.id));
}

/** Whether another active administrator would remain without `user`. */
function anotherActiveAdmin(core: CareStore['core'], user: User): boolean {
  return core.users.some((u) => u.id !== user.id && u.role === 'admin' && u.active);
}

export async function updateUser(deps: UsersDeps, input: UserUpdateInput): Promise<UserView> {
  const store = deps.store();
  refuseWhileReadOnly(store);
  const at = deps.now().toISOString();
  const summary = userById(store.core, input.id).username;
  await store.mutate({ actor: 'system', action: 'users.update', summary }, (tx) => {
    const user = userById(tx.core, input.id);
    const losesAdmin = user.role === 'admin' && user.active && (input.role !== 'admin' || !input.active);
    // Nobody could manage accounts, settings or backups any more.
    if (losesAdmin && !anotherActiveAdmin(tx.core, user)) throw new CareError('users.lastAdmin');
    tx.put('core', 'users', {
      ...user,
      displayName: input.displayName,
      role: input.role,
      active: input.active,
      updatedAt: at,
    });
    linkStaff(tx, user.id, input.staffId, at);
  });
  return userView(deps, userById(store.core, input.id));
}

export async function resetPassword(deps: UsersDeps, input: ResetPasswordInput): Promise<UserView> {
  const store = deps.store();
  const user = userById(store.core, input.id);
  refuseCommonPassword(input.password, 'password');
  refuseWhileReadOnly(store);
  await setPassword(deps, user, input.password, 'users.passwordReset');
  return userView(deps, user);
}

/** Clears the growing delay after failed sign-ins (the session keeps it). */
export function unlockUser(deps: UsersDeps, id: string): UserView {
  const user = userById(deps.store().core, id);
  deps.session?.throttle.clear(user.username);
  return userView(deps, user);
}
