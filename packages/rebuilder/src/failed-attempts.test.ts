import { describe, expect, it } from 'vitest';
import { FailedAttempts } from './failed-attempts';

/** Only `now` is needed: the limiter never waits, it compares times. */
function clockAt(start: number) {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

const limits = { maxFailures: 10, windowMs: 60_000 };
const failTimes = (attempts: FailedAttempts, address: string, times: number) =>
  Array.from({ length: times }, () => attempts.failed(address));

describe('counting wrong webhook secrets', () => {
  it('lets ten wrong attempts be answered, then says how many seconds to wait', () => {
    const clock = clockAt(1_000_000);
    const attempts = new FailedAttempts(limits, clock);
    expect(failTimes(attempts, '203.0.113.9', 10)).toEqual(Array(10).fill(null));
    clock.time += 15_500;
    expect(attempts.failed('203.0.113.9')).toBe(45);
  });

  it('lets the address try again once its oldest failure is a minute old', () => {
    const clock = clockAt(1_000_000);
    const attempts = new FailedAttempts(limits, clock);
    attempts.failed('203.0.113.9');
    clock.time += 30_000;
    failTimes(attempts, '203.0.113.9', 9);
    expect(attempts.failed('203.0.113.9')).toBe(30);
    clock.time += 30_000;
    expect(attempts.failed('203.0.113.9')).toBeNull();
    expect(attempts.failed('203.0.113.9')).toBe(30);
  });

  it('does not count refused attempts, so the wait it gives is the truth', () => {
    const clock = clockAt(1_000_000);
    const attempts = new FailedAttempts(limits, clock);
    failTimes(attempts, '203.0.113.9', 10);
    for (let second = 0; second < 59; second += 1) {
      clock.time += 1000;
      attempts.failed('203.0.113.9');
    }
    clock.time += 1000;
    expect(attempts.failed('203.0.113.9')).toBeNull();
  });

  it('counts each address on its own', () => {
    const attempts = new FailedAttempts(limits, clockAt(1_000_000));
    failTimes(attempts, '203.0.113.9', 11);
    expect(attempts.failed('198.51.100.7')).toBeNull();
    expect(attempts.failed('203.0.113.9')).not.toBeNull();
  });
});
