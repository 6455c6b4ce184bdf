import type { RebuilderConfig } from './config';
import { killGroup, runBuild } from './build-runner';
import { checkIntegrity, SitesFolder, type LiveBuild } from './deploy';
import { BuildScheduler } from './scheduler';
import type { WebhookEvent } from './webhook';

export type BuildResult = 'live' | 'failed' | 'refused';

export interface BuildSummary {
  buildId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  result: BuildResult;
  pages: number | null;
  events: number;
  error: string | null;
}

const HISTORY = 20;

/** Builds on change, deploys what passes the gate, and remembers what happened for /status. */
export class Rebuilder {
  readonly sites: SitesFolder;
  private readonly scheduler: BuildScheduler;
  private eventsSinceLastBuild = 0;
  private lastEvent: WebhookEvent | null = null;
  private history: BuildSummary[] = [];
  private lastError: { buildId: string; at: string; message: string; logTail: string[] } | null = null;
  private counts = { started: 0, succeeded: 0, failed: 0 };
  private live: LiveBuild | null = null;
  private runningPid: number | undefined;

  constructor(
    private readonly config: RebuilderConfig,
    private readonly log: (line: string) => void = (line) => console.log(`rebuilder: ${line}`),
  ) {
    this.sites = new SitesFolder(config.sitesDir);
    this.scheduler = new BuildScheduler(config.quietMs, () => this.build());
  }

  async start(): Promise<void> {
    await this.sites.prepare();
    this.live = await this.sites.liveBuild();
    if (this.config.buildOnStart || !this.live) this.contentChanged(null);
  }

  stop(): void {
    this.scheduler.stop();
    killGroup(this.runningPid);
  }

  contentChanged(event: WebhookEvent | null): void {
    this.eventsSinceLastBuild += 1;
    if (event) this.lastEvent = event;
    this.scheduler.changed();
  }

  status() {
    return {
      state: this.scheduler.state,
      live: this.live,
      queue: {
        pending: this.scheduler.pending,
        eventsSinceLastBuild: this.eventsSinceLastBuild,
        nextBuildAt: this.scheduler.nextBuildAt?.toISOString() ?? null,
      },
      lastBuild: this.history[0] ?? null,
      lastError: this.lastError,
      builds: this.counts,
      history: this.history,
    };
  }

  private async build(): Promise<void> {
    const buildId = this.sites.newBuildId();
    const started = Date.now();
    const events = this.eventsSinceLastBuild;
    const trigger = { events, lastEvent: this.lastEvent };
    this.eventsSinceLastBuild = 0;
    this.counts.started += 1;
    this.log(`build ${buildId} started (${events} change${events === 1 ? '' : 's'})`);

    const outDir = this.sites.buildDir(buildId);
    const run = await runBuild(
      this.config.buildCommand,
      this.config.buildCwd,
      outDir,
      this.config.buildTimeoutMs,
      (pid) => {
        this.runningPid = pid;
      },
    );
    this.runningPid = undefined;
    let result: BuildResult = 'failed';
    let error = run.error;
    let pages: number | null = null;
    if (run.ok) {
      const gate = await checkIntegrity(outDir, this.live?.pages ?? null, this.config.maxPageDrop);
      pages = gate.pages;
      if (gate.problem) {
        result = 'refused';
        error = gate.problem;
      } else {
        const live: LiveBuild = {
          buildId,
          builtAt: new Date().toISOString(),
          pages,
          builtFrom: { cmsUrl: this.config.cmsUrl, trigger },
        };
        await this.sites.goLive(live);
        this.live = live;
        result = 'live';
      }
    }

    const finished = Date.now();
    const summary: BuildSummary = {
      buildId,
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(finished).toISOString(),
      durationMs: finished - started,
      result,
      pages,
      events,
      error,
    };
    this.history = [summary, ...this.history].slice(0, HISTORY);
    if (result === 'live') {
      this.counts.succeeded += 1;
      this.log(`build ${buildId} live in ${(summary.durationMs / 1000).toFixed(1)} s (${pages} pages)`);
      await this.sites.prune(this.config.keepBuilds);
    } else {
      this.counts.failed += 1;
      this.lastError = {
        buildId,
        at: summary.finishedAt,
        message: error ?? 'unknown error',
        logTail: run.logTail,
      };
      this.log(`build ${buildId} ${result}: ${error}`);
      await this.sites.discard(buildId);
    }
  }
}
