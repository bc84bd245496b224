import type { User } from '../../../shared/schema/users';
import type { CoreDoc } from '../../../shared/schema';
import type { Caller } from '../ipc/authorize';
import type { Actor } from '../care-store';
import { SignInThrottle } from './throttle';

/**
 * Calls that do not count as someone at the keyboard: the renderer polls them
 * on its own (state on start and focus), so they must not keep the screen
 * from locking.
 */
/** What the caller is while the accounts cannot be read (see `inRecovery`). */
const RECOVERY_CALLER: Caller = { user: { role: 'admin' }, hasAccounts: true };

const PASSIVE_CHANNELS: ReadonlySet<string> = new Set(['auth.state', 'app.getState']);

/**
 * Who is signed in on one window (or one preview server). Nothing here is
 * global: each front end opens its own session, and every handler reaches the
 * user through it.
 */
export class AuthSession {
  readonly throttle: SignInThrottle;
  private userId: string | null = null;
  private lockedId: string | null = null;
  private lastActivity: number;

  /**
   * @param recovering true while the accounts cannot be read (core.json damaged,
   *   the folder read-only, but credentials.json shows accounts existed): see `inRecovery`.
   */
  constructor(
    private readonly core: () => Readonly<CoreDoc>,
    private readonly now: () => Date,
    private readonly recovering: () => boolean = () => false,
  ) {
    this.throttle = new SignInThrottle(() => this.now().getTime());
    this.lastActivity = this.now().getTime();
  }

  private users(): readonly User[] {
    return this.core().users;
  }

  hasAccounts(): boolean {
    return this.users().length > 0;
  }

  /** The signed-in account as it is now: disabled meanwhile → nobody is signed in. */
  currentUser(): User | null {
    if (this.userId === null) return null;
    const user = this.users().find((u) => u.id === this.userId);
    return user?.active ? user : null;
  }

  lockedUser(): User | null {
    if (this.lockedId === null) return null;
    return this.users().find((u) => u.id === this.lockedId) ?? null;
  }

  /**
   * The caller for one dispatched call. The core locks on its own after the
   * idle time, so a page left open cannot be used by the next person even if
   * the renderer's own timer never fired.
   */
  caller(channel?: string): Caller {
    if (this.inRecovery()) return RECOVERY_CALLER;
    this.lockIfIdle();
    if (channel !== undefined && !PASSIVE_CHANNELS.has(channel)) this.lastActivity = this.now().getTime();
    const user = this.currentUser();
    return { user: user ? { role: user.role } : null, hasAccounts: this.hasAccounts() };
  }

  /**
   * The accounts were in a core.json that can no longer be read: nobody could
   * sign in, and the way out (restoring a backup from the settings page) would
   * be closed. The store refuses every change while read-only, so letting the
   * person at the PC look and restore adds nothing to what anyone with the
   * folder can do anyway; once the restore brings the accounts back, sign-in
   * is required again.
   */
  inRecovery(): boolean {
    return this.users().length === 0 && this.recovering();
  }

  /** Who the audit names for this session's changes; null while nobody is signed in. */
  actor(): Actor | null {
    const user = this.currentUser();
    return user ? { username: user.username, displayName: user.displayName } : null;
  }

  signedIn(userId: string): void {
    this.userId = userId;
    this.lockedId = null;
    this.lastActivity = this.now().getTime();
  }

  signOut(): void {
    this.userId = null;
    this.lockedId = null;
  }

  /** The page stays; the same account's password is asked again. */
  lock(): void {
    if (this.userId !== null) this.lockedId = this.userId;
    this.userId = null;
  }

  private lockIfIdle(): void {
    if (this.userId === null) return;
    const minutes = this.core().settings.idleLockMinutes;
    if (this.now().getTime() - this.lastActivity >= minutes * 60_000) this.lock();
  }
}
