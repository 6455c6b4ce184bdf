/** Times the stages of a round for the log ("plan 0.31 s, draw 0.05 s, …"), so a slow round says where it spent its time. */
export class Stopwatch {
  private last = performance.now();
  private readonly laps: Array<[stage: string, ms: number]> = [];

  /** Ends the stage under way, naming it. */
  lap(stage: string): void {
    const now = performance.now();
    this.laps.push([stage, now - this.last]);
    this.last = now;
  }

  toString(): string {
    return this.laps.map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`).join(', ');
  }
}
