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

  constructor(
    private readonly core: () => Readonly<CoreDoc>,
    private readonly now: () => Date,
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
    this.lockIfIdle();
    if (channel !== undefined && !PASSIVE_CHANNELS.has(channel)) this.lastActivity = this.now().getTime();
    const user = this.currentUser();
    return { user: user ? { role: user.role } : null, hasAccounts: this.hasAccounts() };
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
