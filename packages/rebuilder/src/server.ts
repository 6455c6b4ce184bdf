import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { securityHeaders } from '@guildhall/security-headers';
import { SearchIndexInMemory } from 'site/search-index';
import type { RunningBuild } from './build-runner';
import type { RebuilderConfig } from './config';
import { SitesFolder } from './deploy';
import { SpareBuilds } from './spare-build';
import { FailedAttempts, WEBHOOK_ATTEMPT_LIMITS } from './failed-attempts';
import { PendingChanges } from './changes';
import { boundPort, close, createHttpServer, listen } from './http-server';
import { LAST_ROUND_CRASHED, SERVICE_STARTED } from './full-round';
import { runRound } from './pipeline';
import type { PipelineContext } from './round-steps';
import { methodNotAllowed, sendJson, sendText } from './respond';
import { BuildScheduler, systemClock, type Clock } from './scheduler';
import { serveLiveSite } from './static-files';
import { BuildRecord, type RebuilderStatus } from './status';
import { handleWebhook } from './webhook';

export interface Rebuilder {
  /** The live site, for visitors. */
  readonly server: Server;
  /** The service's own address: the webhook and /status. */
  readonly statusServer: Server;
  /** The live site's port actually bound (PORT=0 picks a free one); 0 before start(). */
  readonly port: number;
  /** The status port actually bound (STATUS_PORT=0 picks a free one); 0 before start(). */
  readonly statusPort: number;
  /** Cleans up after an earlier run, starts listening on both ports, and schedules the first build. */
  start(): Promise<{ port: number; statusPort: number }>;
  /** Stops accepting, kills a running build's process group, and closes connections. */
  stop(): Promise<void>;
  status(): RebuilderStatus;
  /** Resolves once no build is running or due. */
  whenIdle(): Promise<void>;
}

export interface RebuilderOptions {
  log?: (line: string) => void;
  clock?: Clock;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isRead = (request: IncomingMessage) => request.method === 'GET' || request.method === 'HEAD';
const pathOf = (request: IncomingMessage) => (request.url ?? '/').split('?')[0];
const healthy = (response: ServerResponse) => sendText(response, 200, 'ok', { 'Cache-Control': 'no-store' });

/**
 * The rebuild service, on two ports. The live site's port serves visitors the site and a
 * bare health check, nothing else. The status port serves the people who run the site
 * and the CMS: the webhook and /status (history, errors, log tails, the CMS address),
 * and listens on loopback unless told otherwise.
 */
export function createRebuilder(config: RebuilderConfig, options: RebuilderOptions = {}): Rebuilder {
  const log = options.log ?? ((line: string) => console.log(`rebuilder: ${line}`));
  const sites = new SitesFolder(config.sitesDir);
  const record = new BuildRecord();
  let running: RunningBuild | null = null;
  const webhookGuard = {
    secret: config.webhookSecret,
    failures: new FailedAttempts(WEBHOOK_ATTEMPT_LIMITS, options.clock),
  };
  const headers = Object.entries(securityHeaders(config.siteUrl));
  const changes = new PendingChanges();
  const pipeline: PipelineContext = {
    config,
    sites,
    record,
    changes,
    log,
    setRunning: (build) => (running = build),
    published: { site: null },
    search: new SearchIndexInMemory(),
    spare: new SpareBuilds(sites, log, config.keepBuilds),
  };
  const scheduler = new BuildScheduler({
    quietMs: config.quietMs,
    clock: options.clock,
    build: () => runRound(pipeline),
    // The pipeline reports its own failures; this is whatever escaped it, so it is reported too.
    // The round had already taken the changes it was to show, and nobody knows how far it got:
    // only a full build can be sure to catch up, so the next round (the next event) runs one.
    onError: (error) => {
      const message = `the build pipeline crashed: ${messageOf(error)}`;
      changes.requireFullBuild(LAST_ROUND_CRASHED);
      record.pipelineCrashed(message, new Date());
      log(message);
    },
  });
  const clock = options.clock ?? systemClock;
  let reconciler: unknown = null;
  // The reconciler: a full build now and then, whatever happened, repairs any drift.
  const scheduleFullBuild = () => {
    if (config.fullBuildEveryMs === 0) return;
    reconciler = clock.setTimeout(() => {
      changes.requireFullBuild('the scheduled full build (REBUILD_FULL_EVERY_MINUTES)');
      scheduler.contentChanged();
      scheduleFullBuild();
    }, config.fullBuildEveryMs);
  };
  const status = () =>
    record.snapshot({
      state: scheduler.state,
      pending: scheduler.pending,
      nextBuildAt: scheduler.nextBuildAt,
    });

  async function siteRoute(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isRead(request)) return methodNotAllowed(response, 'GET, HEAD');
    if (pathOf(request) === '/healthz') return healthy(response);
    return serveLiveSite(sites, request, response);
  }

  async function statusRoute(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = pathOf(request);
    if (pathname === '/webhook') {
      // Whatever the body says, an accepted call only means "content changed".
      return handleWebhook(request, response, webhookGuard, (event) => {
        record.eventReceived(event);
        changes.add(event);
        scheduler.contentChanged();
      });
    }
    if (pathname !== '/status' && pathname !== '/healthz') return sendText(response, 404, 'Not found\n');
    if (!isRead(request)) return methodNotAllowed(response, 'GET, HEAD');
    if (pathname === '/healthz') return healthy(response);
    return sendJson(response, 200, status());
  }

  const server = createHttpServer(siteRoute, headers, log);
  const statusServer = createHttpServer(statusRoute, headers, log);

  let stopping: Promise<void> | null = null;
  return {
    server,
    statusServer,
    get port() {
      return boundPort(server);
    },
    get statusPort() {
      return boundPort(statusServer);
    },
    status,
    whenIdle: () => scheduler.whenIdle(),

    async start() {
      const removed = await sites.prepare(config.keepBuilds);
      if (removed.length) log(`removed leftovers of an earlier run: ${removed.join(', ')}`);
      record.live = await sites.readLiveBuild();
      if (record.live) log(`serving build ${record.live.buildId} (${record.live.pages} pages)`);
      const statusPort = await listen(statusServer, config.statusPort, config.statusHost, log);
      const port = await listen(server, config.port, config.host, log);
      if (config.buildOnStart) {
        changes.requireFullBuild(SERVICE_STARTED);
        scheduler.contentChanged();
      }
      scheduleFullBuild();
      return { port, statusPort };
    },

    stop() {
      stopping ??= (async () => {
        // The scheduler first, so no new build can start once the running one is killed.
        if (reconciler !== null) clock.clearTimeout(reconciler);
        const schedulerStopped = scheduler.stop();
        running?.kill('stopped because the service is shutting down');
        const closed = Promise.all([close(server), close(statusServer)]);
        await schedulerStopped;
        // Nothing may write into the sites folder once stopped.
        await pipeline.spare.settle();
        await closed;
      })();
      return stopping;
    },
  };
}
