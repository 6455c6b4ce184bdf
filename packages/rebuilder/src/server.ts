import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { securityHeaders } from '@guildhall/security-headers';
import type { RunningBuild } from './build-runner';
import type { RebuilderConfig } from './config';
import { SitesFolder } from './deploy';
import { FailedAttempts, WEBHOOK_ATTEMPT_LIMITS } from './failed-attempts';
import { PendingChanges } from './changes';
import { SERVICE_STARTED, runRound, type PipelineContext } from './pipeline';
import { methodNotAllowed, sendJson, sendText } from './respond';
import { BuildScheduler, systemClock, type Clock } from './scheduler';
import { serveLiveSite } from './static-files';
import { BuildRecord, type RebuilderStatus } from './status';
import { handleWebhook } from './webhook';

export interface Rebuilder {
  readonly server: Server;
  /** The port actually bound (PORT=0 picks a free one); 0 before start(). */
  readonly port: number;
  /** Cleans up after an earlier run, starts listening, and schedules the first build; resolves to the port. */
  start(): Promise<number>;
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

// In-flight responses get this long to finish on shutdown before connections are cut.
const SHUTDOWN_GRACE_MS = 1000;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isRead = (request: IncomingMessage) => request.method === 'GET' || request.method === 'HEAD';

/** Answers malformed requests (garbage, huge headers, slow clients) without involving any handler. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? '431 Request Header Fields Too Large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '408 Request Timeout'
        : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** The rebuild service: the webhook, /status, /healthz and the live site on one port. */
export function createRebuilder(config: RebuilderConfig, options: RebuilderOptions = {}): Rebuilder {
  const log = options.log ?? ((line: string) => console.log(`rebuilder: ${line}`));
  const sites = new SitesFolder(config.sitesDir);
  const record = new BuildRecord();
  let running: RunningBuild | null = null;
  const webhookGuard = {
    secret: config.webhookSecret,
    failures: new FailedAttempts(WEBHOOK_ATTEMPT_LIMITS, options.clock),
  };
  const siteHeaders = Object.entries(securityHeaders(config.siteUrl));
  const changes = new PendingChanges();
  const pipeline: PipelineContext = {
    config,
    sites,
    record,
    changes,
    log,
    setRunning: (build) => (running = build),
    published: { site: null },
  };
  const scheduler = new BuildScheduler({
    quietMs: config.quietMs,
    clock: options.clock,
    build: () => runRound(pipeline),
    onError: (error) => log(`build crashed the pipeline: ${messageOf(error)}`),
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

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = (request.url ?? '/').split('?')[0];
    if (pathname === '/webhook') {
      // Whatever the body says, an accepted call only means "content changed".
      return handleWebhook(request, response, webhookGuard, (event) => {
        record.eventReceived(event);
        changes.add(event);
        scheduler.contentChanged();
      });
    }
    if (!isRead(request)) return methodNotAllowed(response, 'GET, HEAD');
    if (pathname === '/status')
      return sendJson(response, 200, status(), { 'Access-Control-Allow-Origin': '*' });
    if (pathname === '/healthz') return sendText(response, 200, 'ok', { 'Cache-Control': 'no-store' });
    return serveLiveSite(sites, request, response);
  }

  const server = createServer((request, response) => {
    // An aborted upload or a vanished client must not surface as an unhandled 'error'.
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    // On every response, whatever answers it (pages, redirects, errors, /status), so none is missed.
    for (const [name, value] of siteHeaders) response.setHeader(name, value);
    route(request, response).catch((error: unknown) => {
      const where = (request.url ?? '').split('?')[0]?.slice(0, 200);
      log(`${request.method} ${where} failed: ${messageOf(error)}`);
      if (!response.headersSent) sendText(response, 500, 'Internal error\n');
      else response.destroy();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.on('clientError', answerClientError);

  const boundPort = () => (server.address() as AddressInfo | null)?.port ?? 0;
  let stopping: Promise<void> | null = null;
  return {
    server,
    get port() {
      return boundPort();
    },
    status,
    whenIdle: () => scheduler.whenIdle(),

    async start() {
      const removed = await sites.prepare(config.keepBuilds);
      if (removed.length) log(`removed leftovers of an earlier run: ${removed.join(', ')}`);
      record.live = await sites.readLiveBuild();
      if (record.live) log(`serving build ${record.live.buildId} (${record.live.pages} pages)`);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      server.on('error', (error) => log(`server error: ${error.message}`));
      if (config.buildOnStart) {
        changes.requireFullBuild(SERVICE_STARTED);
        scheduler.contentChanged();
      }
      scheduleFullBuild();
      return boundPort();
    },

    stop() {
      stopping ??= (async () => {
        // The scheduler first, so no new build can start once the running one is killed.
        if (reconciler !== null) clock.clearTimeout(reconciler);
        const schedulerStopped = scheduler.stop();
        running?.kill('stopped because the service is shutting down');
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
        await schedulerStopped;
        await closed;
        clearTimeout(cut);
      })();
      return stopping;
    },
  };
}
