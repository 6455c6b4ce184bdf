import type { BuildTrigger, LiveBuild } from './deploy';
import type { SchedulerState } from './scheduler';
import type { WebhookEvent } from './webhook';

/** Live: visitors see it. Unchanged: nothing visitors see changed, so no new build. */
export type BuildResult = 'live' | 'unchanged' | 'failed' | 'refused';

/** A full build of the whole site, or only the pages some entries' changes touch. */
export type BuildKind = 'full' | 'incremental';

export interface BuildSummary {
  buildId: string;
  kind: BuildKind;
  /** What the round did, in editors' words: "Published "Pay award" — live in 1.2 s, 7 pages updated". */
  description: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  result: BuildResult;
  error: string | null;
  pages: number | null;
  events: number;
  /** Pages and files an incremental round wrote and removed; null for full builds. */
  changes: { written: number; removed: number } | null;
  /** An incremental round's search index follows its pages: how long after them it was live (null: not yet, or not needed). */
  searchMs: number | null;
}

export interface BuildError {
  buildId: string;
  at: string;
  message: string;
  logTail: string[];
}

/** Something that went wrong after a build was decided: removing it or older builds. */
export interface CleanupError {
  buildId: string;
  at: string;
  message: string;
}

/** The body of GET /status, on the rebuild service's status port. */
export interface RebuilderStatus {
  state: SchedulerState;
  live: LiveBuild | null;
  queue: { pending: boolean; eventsSinceLastBuild: number; nextBuildAt: string | null };
  /** The build running now, if any. */
  current: { buildId: string; kind: BuildKind; startedAt: string; events: number } | null;
  lastBuild: BuildSummary | null;
  /** The latest build that did not go live, and why. */
  lastError: BuildError | null;
  /** The latest failure to remove builds (disk full, a folder that is not writable); the live site is unaffected. */
  lastCleanupError: CleanupError | null;
  builds: { started: number; succeeded: number; failed: number };
  /** Newest first. */
  history: BuildSummary[];
}

export interface QueueView {
  state: SchedulerState;
  pending: boolean;
  nextBuildAt: number | null;
}

const HISTORY_LENGTH = 20;

/** What the service remembers about events and builds, for /status and the next build's trigger. */
export class BuildRecord {
  live: LiveBuild | null = null;
  private eventsSinceLastBuild = 0;
  private lastEvent: WebhookEvent | null = null;
  private current: RebuilderStatus['current'] = null;
  private history: BuildSummary[] = [];
  private lastError: BuildError | null = null;
  private lastCleanupError: CleanupError | null = null;
  private readonly counts = { started: 0, succeeded: 0, failed: 0 };

  eventReceived(event: WebhookEvent): void {
    this.eventsSinceLastBuild += 1;
    this.lastEvent = event;
  }

  /**
   * Starts a build: the events so far become its trigger, and counting starts again;
   * a full build taking over from an incremental round that did not start keeps that round's trigger.
   */
  buildStarted(buildId: string, startedAt: Date, kind: BuildKind, handedOver?: BuildTrigger): BuildTrigger {
    const trigger = handedOver ?? { events: this.eventsSinceLastBuild, lastEvent: this.lastEvent };
    if (!handedOver) {
      this.eventsSinceLastBuild = 0;
      this.lastEvent = null;
    }
    this.counts.started += 1;
    this.current = { buildId, kind, startedAt: startedAt.toISOString(), events: trigger.events };
    return trigger;
  }

  buildFinished(summary: BuildSummary, logTail: string[]): void {
    this.current = null;
    this.history = [summary, ...this.history].slice(0, HISTORY_LENGTH);
    if (summary.result === 'live' || summary.result === 'unchanged') {
      this.counts.succeeded += 1;
      return;
    }
    this.counts.failed += 1;
    this.lastError = {
      buildId: summary.buildId,
      at: summary.finishedAt,
      message: summary.error ?? 'unknown error',
      logTail,
    };
  }

  /** An incremental round's search index went live `ms` after its pages. */
  searchRefreshed(buildId: string, ms: number): void {
    const summary = this.history.find((entry) => entry.buildId === buildId);
    if (summary) summary.searchMs = ms;
  }

  cleanupFailed(buildId: string, message: string, at: Date): void {
    this.lastCleanupError = { buildId, at: at.toISOString(), message };
  }

  /**
   * Something escaped the pipeline. The build it was running (if any) is recorded as
   * failed, so the status never shows a build running forever; a crash after the build
   * was recorded can only have happened while cleaning up.
   */
  pipelineCrashed(message: string, at: Date): void {
    const current = this.current;
    if (current === null) {
      this.cleanupFailed(this.history[0]?.buildId ?? 'none', message, at);
      return;
    }
    this.buildFinished(
      {
        buildId: current.buildId,
        kind: current.kind,
        startedAt: current.startedAt,
        finishedAt: at.toISOString(),
        durationMs: at.getTime() - Date.parse(current.startedAt),
        result: 'failed',
        error: message,
        pages: null,
        events: current.events,
        changes: null,
        searchMs: null,
        description: `The build crashed: ${message}`,
      },
      [],
    );
  }

  snapshot(queue: QueueView): RebuilderStatus {
    return structuredClone({
      state: queue.state,
      live: this.live,
      queue: {
        pending: queue.pending,
        eventsSinceLastBuild: this.eventsSinceLastBuild,
        nextBuildAt: queue.nextBuildAt === null ? null : new Date(queue.nextBuildAt).toISOString(),
      },
      current: this.current,
      lastBuild: this.history[0] ?? null,
      lastError: this.lastError,
      lastCleanupError: this.lastCleanupError,
      builds: { ...this.counts },
      history: this.history,
    });
  }
}
