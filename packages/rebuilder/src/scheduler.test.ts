import { describe, expect, it } from 'vitest';
import { BuildScheduler, type Clock } from './scheduler';

/** A clock that only moves when the test says so. */
class ManualClock implements Clock {
  private time = 1_000_000;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  now() {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number) {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown) {
    this.timers.delete(handle as number);
  }
  advance(ms: number) {
    this.time += ms;
    for (const [id, timer] of [...this.timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > this.time) continue;
      this.timers.delete(id);
      timer.callback();
    }
  }
}

/** Builds that finish only when the test says so. */
function controlledBuilds() {
  const finishers: Array<() => void> = [];
  let running = 0;
  let mostAtOnce = 0;
  return {
    started: () => finishers.length,
    mostAtOnce: () => mostAtOnce,
    build: () =>
      new Promise<void>((resolve) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        finishers.push(() => {
          running -= 1;
          resolve();
        });
      }),
    async finish(index: number) {
      finishers[index]?.();
      // Let the scheduler's promise callbacks run.
      for (let tick = 0; tick < 5; tick += 1) await Promise.resolve();
    },
  };
}

function setUp(quietMs = 1000) {
  const clock = new ManualClock();
  const builds = controlledBuilds();
  const scheduler = new BuildScheduler({ quietMs, clock, build: builds.build });
  return { clock, builds, scheduler };
}

describe('the build scheduler', () => {
  it('starts a build once the quiet window after a change has passed', () => {
    const { clock, builds, scheduler } = setUp();
    expect(scheduler.state).toBe('idle');
    scheduler.contentChanged();
    expect(scheduler.state).toBe('waiting');
    expect(scheduler.nextBuildAt).toBe(clock.now() + 1000);
    clock.advance(999);
    expect(builds.started()).toBe(0);
    clock.advance(1);
    expect(builds.started()).toBe(1);
    expect(scheduler.state).toBe('building');
    expect(scheduler.pending).toBe(false);
  });

  it('restarts the quiet window with every change, so a burst makes one build', () => {
    const { clock, builds, scheduler } = setUp();
    for (let event = 0; event < 500; event += 1) {
      scheduler.contentChanged();
      clock.advance(10);
    }
    expect(builds.started()).toBe(0);
    clock.advance(1000);
    expect(builds.started()).toBe(1);
  });

  it('runs exactly one more build, after a quiet window, for changes during a build', async () => {
    const { clock, builds, scheduler } = setUp();
    scheduler.contentChanged();
    clock.advance(1000);
    for (let event = 0; event < 300; event += 1) scheduler.contentChanged();
    expect(scheduler.pending).toBe(true);
    expect(scheduler.state).toBe('building');
    clock.advance(60_000);
    expect(builds.started()).toBe(1);

    await builds.finish(0);
    expect(scheduler.state).toBe('waiting');
    clock.advance(1000);
    expect(builds.started()).toBe(2);
    await builds.finish(1);
    clock.advance(60_000);
    expect(builds.started()).toBe(2);
    expect(scheduler.state).toBe('idle');
    expect(builds.mostAtOnce()).toBe(1);
  });

  it('never runs two builds at once', async () => {
    const { clock, builds, scheduler } = setUp(100);
    for (let round = 0; round < 20; round += 1) {
      scheduler.contentChanged();
      clock.advance(50 + (round % 3) * 50);
      if (round % 4 === 3) await builds.finish(builds.started() - 1);
    }
    expect(builds.mostAtOnce()).toBe(1);
  });

  it('keeps scheduling after a build throws', async () => {
    const clock = new ManualClock();
    const errors: unknown[] = [];
    let calls = 0;
    const scheduler = new BuildScheduler({
      quietMs: 10,
      clock,
      build: async () => {
        calls += 1;
        throw new Error('disk full');
      },
      onError: (error) => errors.push(error),
    });
    scheduler.contentChanged();
    clock.advance(10);
    await scheduler.whenIdle();
    scheduler.contentChanged();
    clock.advance(10);
    await scheduler.whenIdle();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(2);
  });

  it('resolves whenIdle only once nothing is building or due', async () => {
    const { clock, builds, scheduler } = setUp(10);
    let idle = false;
    scheduler.contentChanged();
    void scheduler.whenIdle().then(() => (idle = true));
    clock.advance(10);
    scheduler.contentChanged();
    await builds.finish(0);
    expect(idle).toBe(false);
    clock.advance(10);
    await builds.finish(1);
    expect(idle).toBe(true);
  });

  it('starts nothing after stop, and ignores later changes', async () => {
    const { clock, builds, scheduler } = setUp();
    scheduler.contentChanged();
    await scheduler.stop();
    scheduler.contentChanged();
    clock.advance(10_000);
    expect(builds.started()).toBe(0);
    expect(scheduler.state).toBe('idle');
  });
});
