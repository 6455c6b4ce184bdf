import { systemClock, type Clock } from './scheduler';

export interface AttemptLimits {
  /** Wrong secrets an address may send within the window before it must wait. */
  maxFailures: number;
  windowMs: number;
}

export const WEBHOOK_ATTEMPT_LIMITS: AttemptLimits = { maxFailures: 10, windowMs: 60_000 };

// Addresses remembered at most, so a flood from many addresses cannot grow memory without bound.
const MAX_ADDRESSES = 10_000;

/**
 * Wrong webhook secrets per client address, over a sliding window. Once an address has
 * failed `maxFailures` times within the window, its further wrong attempts are refused
 * until its oldest failure ages out. Refused attempts are not counted, so the wait it is
 * told is the truth. Correct calls never come here: the CMS is never slowed, even when it
 * shares an address (a proxy, a NAT) with whoever is guessing.
 */
export class FailedAttempts {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: AttemptLimits = WEBHOOK_ATTEMPT_LIMITS,
    private readonly clock: Pick<Clock, 'now'> = systemClock,
  ) {}

  /** Records a wrong attempt from `address`; the seconds it must wait when over its limit, else null. */
  failed(address: string): number | null {
    const now = this.clock.now();
    const recent = (this.failures.get(address) ?? []).filter((at) => now - at < this.limits.windowMs);
    const oldest = recent[0];
    if (oldest !== undefined && recent.length >= this.limits.maxFailures) {
      this.failures.set(address, recent);
      return Math.max(1, Math.ceil((oldest + this.limits.windowMs - now) / 1000));
    }
    // Re-inserted so the Map's order runs from the longest-quiet address to the latest.
    this.failures.delete(address);
    this.makeRoom(now);
    this.failures.set(address, [...recent, now]);
    return null;
  }

  private makeRoom(now: number): void {
    if (this.failures.size < MAX_ADDRESSES) return;
    for (const [address, times] of this.failures) {
      const last = times[times.length - 1] ?? 0;
      if (now - last >= this.limits.windowMs) this.failures.delete(address);
    }
    // Still full of active addresses: forget the one quiet for longest.
    const quietest = this.failures.keys().next();
    if (this.failures.size >= MAX_ADDRESSES && !quietest.done) this.failures.delete(quietest.value);
  }
}
