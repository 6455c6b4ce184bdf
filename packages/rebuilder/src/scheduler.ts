/** Time source for the scheduler, so tests can move time by hand. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export type SchedulerState = 'idle' | 'waiting' | 'building';

export interface SchedulerOptions {
  quietMs: number;
  build: () => Promise<void>;
  clock?: Clock;
  /** A build that throws must not stop later builds; this hears about it. */
  onError?: (error: unknown) => void;
}

/**
 * Turns "content changed" signals into as few builds as possible. A signal (re)starts a
 * quiet window and the build starts when it ends, so a burst becomes one build. Signals
 * during a build mark it pending: exactly one more build follows, after a quiet window,
 * because that build started before those changes. Never two builds at once.
 */
export class BuildScheduler {
  private readonly clock: Clock;
  private timer: unknown = null;
  private dueAt: number | null = null;
  private building = false;
  private changedDuringBuild = false;
  private stopped = false;
  private running: Promise<void> | null = null;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? systemClock;
  }

  get state(): SchedulerState {
    if (this.building) return 'building';
    return this.dueAt === null ? 'idle' : 'waiting';
  }

  /** True when a build is due that has not started yet. */
  get pending(): boolean {
    return this.dueAt !== null || this.changedDuringBuild;
  }

  /** When the quiet window ends (ms since the epoch), or null if no window is open. */
  get nextBuildAt(): number | null {
    return this.dueAt;
  }

  contentChanged(): void {
    if (this.stopped) return;
    if (this.building) this.changedDuringBuild = true;
    else this.openQuietWindow();
  }

  /** Resolves once nothing is building or due. */
  whenIdle(): Promise<void> {
    if (!this.building && !this.pending) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** No more builds; waits for a running one to finish (the caller kills it first). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.changedDuringBuild = false;
    this.closeQuietWindow();
    await this.running;
    this.notifyIdle();
  }

  private openQuietWindow(): void {
    this.closeQuietWindow();
    this.dueAt = this.clock.now() + this.options.quietMs;
    this.timer = this.clock.setTimeout(() => this.startBuild(), this.options.quietMs);
  }

  private closeQuietWindow(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = null;
  }

  private startBuild(): void {
    this.timer = null;
    this.dueAt = null;
    if (this.stopped || this.building) return;
    this.building = true;
    let build: Promise<void>;
    try {
      build = this.options.build();
    } catch (error) {
      build = Promise.reject(error);
    }
    this.running = build
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => this.buildFinished());
  }

  private buildFinished(): void {
    this.building = false;
    this.running = null;
    if (this.changedDuringBuild && !this.stopped) {
      this.changedDuringBuild = false;
      this.openQuietWindow();
    } else {
      this.notifyIdle();
    }
  }

  private notifyIdle(): void {
    if (this.building || this.pending) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
