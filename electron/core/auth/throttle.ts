/**
 * Failed sign-ins slow down per user name: the first three are free, then the
 * next try must wait 1 s, doubling up to 5 minutes. Counted for unknown names
 * as well (else the delay would tell which names exist), in a bounded map so
 * that guessing many names cannot grow memory without end.
 */
export const THROTTLE_RULES = {
  freeFailures: 3,
  firstDelayMs: 1000,
  maxDelayMs: 5 * 60 * 1000,
  maxNames: 1000,
} as const;

interface Attempts {
  failures: number;
  /** Epoch ms before which no try is accepted; 0 when free. */
  blockedUntil: number;
}

export interface ThrottleState {
  failures: number;
  blockedUntil: number | null;
}

export function delayAfter(failures: number): number {
  if (failures < THROTTLE_RULES.freeFailures) return 0;
  const doublings = failures - THROTTLE_RULES.freeFailures;
  // 2^19 s is far past the cap already; stops the shift from overflowing.
  const delay = THROTTLE_RULES.firstDelayMs * 2 ** Math.min(doublings, 19);
  return Math.min(delay, THROTTLE_RULES.maxDelayMs);
}

export class SignInThrottle {
  private readonly attempts = new Map<string, Attempts>();

  constructor(private readonly now: () => number) {}

  /** Seconds still to wait before `name` may try again; 0 when it may try now. */
  waitSeconds(name: string): number {
    const entry = this.attempts.get(name);
    if (!entry) return 0;
    const remaining = entry.blockedUntil - this.now();
    return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
  }

  fail(name: string): ThrottleState {
    const failures = (this.attempts.get(name)?.failures ?? 0) + 1;
    const delay = delayAfter(failures);
    const entry = { failures, blockedUntil: delay > 0 ? this.now() + delay : 0 };
    // Re-inserting moves the name to the end, so the oldest name is the one dropped.
    this.attempts.delete(name);
    this.attempts.set(name, entry);
    if (this.attempts.size > THROTTLE_RULES.maxNames) {
      const oldest = this.attempts.keys().next().value;
      if (oldest !== undefined) this.attempts.delete(oldest);
    }
    return this.describe(entry);
  }

  clear(name: string): void {
    this.attempts.delete(name);
  }

  state(name: string): ThrottleState {
    const entry = this.attempts.get(name);
    return entry ? this.describe(entry) : { failures: 0, blockedUntil: null };
  }

  get size(): number {
    return this.attempts.size;
  }

  private describe(entry: Attempts): ThrottleState {
    return {
      failures: entry.failures,
      blockedUntil: entry.blockedUntil > this.now() ? entry.blockedUntil : null,
    };
  }
}
