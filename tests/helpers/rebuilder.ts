import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RebuilderStatus } from '@guildhall/rebuilder';
import { repoRoot } from '@guildhall/launch/cms-build';
import { freePort, waitFor } from './ports';
import { SITE_URL } from './site';
import { stopProcessGroup } from './process-group';

export interface RebuildServiceAddress {
  /** The live site, as visitors reach it. */
  port: number;
  url: string;
  /** The status port: the webhook and /status. */
  statusPort: number;
  statusUrl: string;
  webhookUrl: string;
  secret: string;
}

/** Picks the ports and secret first, so the CMS can be told where to send its webhook. */
export async function reserveRebuildService(): Promise<RebuildServiceAddress> {
  const [port, statusPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  const statusUrl = `http://127.0.0.1:${statusPort}`;
  return {
    port,
    url,
    statusPort,
    statusUrl,
    webhookUrl: `${statusUrl}/webhook`,
    secret: randomBytes(24).toString('hex'),
  };
}

export interface RunningRebuilder extends RebuildServiceAddress {
  /** SITES_DIR: the live build's public files are in `live/client`. */
  sitesDir: string;
  status(): Promise<RebuilderStatus>;
  /** Waits until no build is running or queued, and returns the status then. */
  settled(timeoutMs?: number): Promise<RebuilderStatus>;
  sendEvent(body: unknown, secret?: string): Promise<Response>;
  /** The folder the live site is served from right now (`<sites>/live/client`; `../content.json` beside it). */
  liveDir(): string;
  log(): string;
  stop(): Promise<void>;
}

/** Waits until the live site answers `urlPath` with a redirect: `status` and `Location: location`. */
export function waitForRedirect(
  site: RebuildServiceAddress,
  urlPath: string,
  status: number,
  location: string,
): Promise<true> {
  return waitFor(
    `${urlPath} to answer ${status} → ${location}`,
    async () => {
      const response = await fetch(`${site.url}${urlPath}`, { redirect: 'manual' });
      return response.status === status && response.headers.get('location') === location ? true : undefined;
    },
    { timeoutMs: 240_000, intervalMs: 500 },
  );
}

/** Starts the real rebuild service (as `pnpm start` does) building the real site. */
export async function startRebuilder(
  address: RebuildServiceAddress,
  env: Record<string, string>,
): Promise<RunningRebuilder> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'guildhall-rebuilder-'));
  const sitesDir = env.SITES_DIR ?? path.join(workDir, 'sites');
  let output = '';
  const child: ChildProcess = spawn('pnpm', ['--filter', '@guildhall/rebuilder', 'start'], {
    cwd: repoRoot,
    detached: true,
    env: {
      ...process.env,
      PORT: String(address.port),
      HOST: '127.0.0.1',
      STATUS_PORT: String(address.statusPort),
      STATUS_HOST: '127.0.0.1',
      REBUILD_WEBHOOK_SECRET: address.secret,
      SITES_DIR: sitesDir,
      SITE_CACHE_DIR: path.join(workDir, 'cache'),
      SITE_URL,
      CMS_API_TOKEN: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const status = async () => (await (await fetch(`${address.statusUrl}/status`)).json()) as RebuilderStatus;
  // The status port opens first, so once the live site answers both do.
  await waitFor('the rebuild service', async () =>
    (await fetch(`${address.url}/healthz`)).ok ? true : undefined,
  );

  return {
    ...address,
    sitesDir,
    status,
    settled: (timeoutMs = 240_000) =>
      waitFor(
        'the rebuild service to finish building',
        async () => {
          const current = await status();
          return current.state === 'idle' && !current.queue.pending ? current : undefined;
        },
        { timeoutMs, intervalMs: 300 },
      ),
    sendEvent: (body, secret = address.secret) =>
      fetch(address.webhookUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    liveDir: () => path.join(realpathSync(path.join(sitesDir, 'live')), 'client'),
    log: () => output,
    stop: async () => {
      await stopProcessGroup(child);
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
