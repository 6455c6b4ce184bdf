/**
 * Turns a stream of "content changed" signals into as few builds as possible:
 * signals within a quiet window become one build, and signals during a build
 * cause exactly one more build after it. Never two builds at once.
 */
export class BuildScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private dirty = false;
  private stopped = false;
  nextBuildAt: Date | null = null;

  constructor(
    private readonly quietMs: number,
    private readonly build: () => Promise<void>,
  ) {}

  get state(): 'idle' | 'waiting' | 'building' {
    if (this.running) return 'building';
    return this.timer ? 'waiting' : 'idle';
  }

  /** True when a build will follow the current one. */
  get pending(): boolean {
    return this.dirty || this.timer !== null;
  }

  changed(): void {
    if (this.stopped) return;
    if (this.running) {
      this.dirty = true;
      return;
    }
    this.arm();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.nextBuildAt = null;
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.nextBuildAt = new Date(Date.now() + this.quietMs);
    this.timer = setTimeout(() => void this.run(), this.quietMs);
  }

  private async run(): Promise<void> {
    this.timer = null;
    this.nextBuildAt = null;
    this.running = true;
    this.dirty = false;
    try {
      await this.build();
    } finally {
      this.running = false;
      if (this.dirty && !this.stopped) {
        this.dirty = false;
        this.arm();
      }
    }
  }
}
