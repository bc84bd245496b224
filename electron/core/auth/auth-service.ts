import { CareError } from '../../../shared/errors';
import type {
  AuthState,
  ChangePasswordInput,
  FirstAdminInput,
  RecentUser,
  SignInInput,
  SignedInUser,
} from '../../../shared/ipc/auth';
import { newId } from '../../../shared/schema/common';
import type { PasswordHash, User } from '../../../shared/schema/users';
import type { CareStore } from '../care-store';
import type { AuthSession } from './auth-session';
import type { CredentialsStore } from './credentials-store';
import { hashPassword, verifyPassword, type ScryptCost } from './password-hash';
import { refuseCommonPassword } from './password-rules';

export interface AuthDeps {
  /** The session's store port: its audit entries name the session's user. */
  store: () => CareStore;
  session: AuthSession;
  credentials: CredentialsStore;
  hashCost: ScryptCost;
  now: () => Date;
}

function signedInView(core: CareStore['core'], user: User): SignedInUser {
  const staff = core.staff.find((s) => s.userId === user.id);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    staffId: staff?.id ?? null,
  };
}

const recentView = (user: User): RecentUser => ({ username: user.username, displayName: user.displayName });

/** Shown while the accounts cannot be read and the folder waits for a restore (AuthSession.inRecovery). */
export const RECOVERY_USER: SignedInUser = {
  id: 'recovery',
  username: 'recovery',
  displayName: 'recovery',
  role: 'admin',
  staffId: null,
};

export function authState(deps: AuthDeps): AuthState {
  const core = deps.store().core;
  if (deps.session.inRecovery()) {
    return {
      hasAccounts: true,
      user: RECOVERY_USER,
      lockedUser: null,
      recentUsers: [],
      idleLockMinutes: core.settings.idleLockMinutes,
    };
  }
  const user = deps.session.currentUser();
  const locked = user ? null : deps.session.lockedUser();
  const recentUsers = deps.credentials.recent
    .map((id) => core.users.find((u) => u.id === id))
    .filter((u): u is User => u !== undefined && u.active)
    .map(recentView);
  return {
    hasAccounts: core.users.length > 0,
    user: user ? signedInView(core, user) : null,
    lockedUser: locked ? recentView(locked) : null,
    recentUsers,
    idleLockMinutes: core.settings.idleLockMinutes,
  };
}

export function findUser(core: CareStore['core'], username: string): User | null {
  const wanted = username.toLowerCase();
  return core.users.find((u) => u.username.toLowerCase() === wanted) ?? null;
}

/**
 * Unknown names are checked against this throw-away hash, so that they take
 * as long as a wrong password and the timing does not tell which names exist.
 */
const decoys = new Map<number, Promise<PasswordHash>>();
function decoyHash(cost: ScryptCost): Promise<PasswordHash> {
  let decoy = decoys.get(cost.N);
  if (!decoy) {
    decoy = hashPassword('decoy password never used', cost);
    decoys.set(cost.N, decoy);
  }
  return decoy;
}

/** Checks a password for a user (or a name that does not exist) without telling which failed. */
async function passwordMatches(deps: AuthDeps, user: User | null, password: string): Promise<boolean> {
  const stored = user ? deps.credentials.hashOf(user.id) : null;
  if (!stored) {
    await verifyPassword(password, await decoyHash(deps.hashCost));
    return false;
  }
  return verifyPassword(password, stored);
}

function refuseWhileThrottled(deps: AuthDeps, username: string): void {
  const seconds = deps.session.throttle.waitSeconds(username);
  if (seconds > 0) throw new CareError('auth.throttled', { seconds });
}

/**
 * Sign in. Wrong name and wrong password get the same answer; the delay after
 * failures is refused before scrypt runs, so waiting costs the PC nothing.
 * While the data is read-only nothing is written: no last sign-in, no audit line.
 */
export async function signIn(deps: AuthDeps, input: SignInInput): Promise<AuthState> {
  const username = input.username.toLowerCase();
  refuseWhileThrottled(deps, username);
  const store = deps.store();
  const user = findUser(store.core, username);
  if (!(await passwordMatches(deps, user, input.password))) {
    deps.session.throttle.fail(username);
    await store.record({ actor: 'system', action: 'auth.signInFailed', summary: username });
    throw new CareError('auth.badCredentials');
  }
  if (!user) throw new CareError('auth.badCredentials'); // unreachable: no hash matches a missing user
  if (!user.active) throw new CareError('auth.disabled');
  deps.session.throttle.clear(username);
  deps.session.signedIn(user.id);
  if (!store.readOnly) {
    const at = deps.now().toISOString();
    await store.mutate({ actor: user.username, action: 'auth.signIn', summary: user.username }, (tx) => {
      const current = tx.core.users.find((u) => u.id === user.id);
      if (current) tx.put('core', 'users', { ...current, lastSignInAt: at });
    });
    await deps.credentials.noteSignIn(user.id);
  }
  return authState(deps);
}

export function signOut(deps: AuthDeps): AuthState {
  deps.session.signOut();
  return authState(deps);
}

export function lock(deps: AuthDeps): AuthState {
  deps.session.lock();
  return authState(deps);
}

function refuseWhileReadOnly(store: CareStore): void {
  if (store.readOnly) throw new CareError('store.readOnly', { reason: store.readOnly.reason });
}

/**
 * Writes a new hash for `user`, then the audit line that says so (never the
 * hash: the line names the account and who set it).
 */
export async function setPassword(
  deps: Pick<AuthDeps, 'store' | 'credentials' | 'hashCost'>,
  user: Pick<User, 'id' | 'username'>,
  password: string,
  action: 'users.passwordSet' | 'users.passwordChanged' | 'users.passwordReset',
): Promise<void> {
  await deps.credentials.setHash(user.id, await hashPassword(password, deps.hashCost));
  await deps.store().record({ actor: 'system', action, summary: user.username });
}

/** The first administrator of a fresh folder (or one from before accounts); signs them in. */
export async function createFirstAdmin(deps: AuthDeps, input: FirstAdminInput): Promise<AuthState> {
  refuseCommonPassword(input.password, 'password');
  const store = deps.store();
  refuseWhileReadOnly(store);
  if (store.core.users.length > 0) throw new CareError('auth.forbidden');
  const at = deps.now().toISOString();
  const user: User = {
    id: newId(),
    createdAt: at,
    updatedAt: at,
    username: input.username,
    displayName: input.displayName,
    role: 'admin',
    active: true,
    lastSignInAt: at,
  };
  // The hash first: a user record without a hash could never sign in, while a
  // hash without a record (a crash in between) is harmless and `verify` reports it.
  await deps.credentials.setHash(user.id, await hashPassword(input.password, deps.hashCost));
  const meta = { actor: user.username, actorName: user.displayName, summary: user.username };
  await store.mutate({ ...meta, action: 'auth.createFirstAdmin' }, (tx) => {
    if (tx.core.users.length > 0) throw new CareError('auth.forbidden');
    tx.put('core', 'users', user);
  });
  deps.session.signedIn(user.id);
  await store.record({ actor: user.username, action: 'users.passwordSet', summary: user.username });
  await deps.credentials.noteSignIn(user.id);
  return authState(deps);
}

/** Everyone changes their own password, proving the current one first. */
export async function changePassword(deps: AuthDeps, input: ChangePasswordInput): Promise<AuthState> {
  const user = deps.session.currentUser();
  if (!user) throw new CareError('auth.required');
  refuseWhileThrottled(deps, user.username);
  if (!(await passwordMatches(deps, user, input.currentPassword))) {
    deps.session.throttle.fail(user.username);
    throw new CareError('auth.wrongPassword', {}, [{ path: 'currentPassword', code: 'auth.wrongPassword' }]);
  }
  deps.session.throttle.clear(user.username);
  refuseCommonPassword(input.newPassword, 'newPassword');
  refuseWhileReadOnly(deps.store());
  await setPassword(deps, user, input.newPassword, 'users.passwordChanged');
  return authState(deps);
}

/**
 * Checks another person's password at this PC without signing them in, for
 * a second signature (the incoming carer at a handover). Same throttle and
 * same answer for a wrong name or a wrong password as signing in; the
 * password is only compared, never kept. Returns the active account.
 */
export async function confirmPassword(deps: AuthDeps, username: string, password: string): Promise<User> {
  const name = username.toLowerCase();
  refuseWhileThrottled(deps, name);
  const user = findUser(deps.store().core, name);
  if (!(await passwordMatches(deps, user, password)) || !user) {
    deps.session.throttle.fail(name);
    throw new CareError('auth.badCredentials');
  }
  if (!user.active) throw new CareError('auth.disabled');
  deps.session.throttle.clear(name);
  return user;
}
