import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RebuilderStatus } from '@guildhall/rebuilder';
import { repoRoot } from '@guildhall/launch/cms-build';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './cms';
import { freePort, waitFor } from './ports';
import { stopProcessGroup } from './process-group';

export interface RunningProduct {
  cmsUrl: string;
  siteUrl: string;
  /** The rebuild service's status port (this machine only): the webhook and /status. */
  statusUrl: string;
  previewUrl: string;
  workDir: string;
  siteStatus(): Promise<RebuilderStatus>;
  /** Waits for the rebuild service to be idle with nothing queued. */
  siteSettled(timeoutMs?: number): Promise<RebuilderStatus>;
  /** The folder the live site is served from right now. */
  liveDir(): string;
  log(): string;
  stop(): Promise<void>;
}

// Settings a developer's shell may carry that would point the product elsewhere.
const inherited = [
  'CMS_URL',
  'CMS_API_TOKEN',
  'REBUILD_WEBHOOK_SECRET',
  'REBUILD_WEBHOOK_URL',
  'SITE_URL',
  'DATABASE_URL',
  'CMS_PREVIEW_TOKEN',
  'CMS_ADMIN_URL',
  'PREVIEW_URL',
  'PREVIEW_SECRET',
  'LIVE_SITE_URL',
  'STATUS_PORT',
  'STATUS_HOST',
];

function withoutInheritedProductSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !inherited.includes(name)));
}

/**
 * The product started the way the README starts it (`pnpm start`), on a throwaway
 * database, uploads folder, secrets file and sites folder, on free ports.
 */
export async function startProduct(): Promise<RunningProduct> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'guildhall-product-'));
  mkdirSync(path.join(workDir, 'public', 'uploads'), { recursive: true });
  const [cmsPort, sitePort, statusPort, previewPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const cmsUrl = `http://localhost:${cmsPort}`;
  const siteUrl = `http://localhost:${sitePort}`;
  const statusUrl = `http://127.0.0.1:${statusPort}`;
  const previewUrl = `http://localhost:${previewPort}`;
  let output = '';
  const child: ChildProcess = spawn('pnpm', ['start'], {
    cwd: repoRoot,
    detached: true,
    env: {
      ...withoutInheritedProductSettings(process.env),
      PORT: String(cmsPort),
      SITE_PORT: String(sitePort),
      STATUS_PORT: String(statusPort),
      PREVIEW_PORT: String(previewPort),
      CMS_ENV_FILE: path.join(workDir, 'cms.env'),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(workDir, 'data.db'),
      PUBLIC_DIR: path.join(workDir, 'public'),
      CMS_TOKEN_FILE: path.join(workDir, 'site.env'),
      SITES_DIR: path.join(workDir, 'sites'),
      SITE_CACHE_DIR: path.join(workDir, 'site-cache'),
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const siteStatus = async () => (await (await fetch(`${statusUrl}/status`)).json()) as RebuilderStatus;
  const siteSettled = (timeoutMs = 300_000) =>
    waitFor(
      'the live site to settle',
      async () => {
        if (child.exitCode !== null) throw new Error(`pnpm start exited:\n${output.slice(-4000)}`);
        const status = await siteStatus();
        return status.state === 'idle' && !status.queue.pending ? status : undefined;
      },
      { timeoutMs, intervalMs: 500 },
    );

  const stop = async () => {
    await stopProcessGroup(child, 'SIGINT');
    rmSync(workDir, { recursive: true, force: true });
  };

  try {
    const first = await siteSettled(400_000);
    if (!first.live) throw new Error(`the first build did not go live: ${JSON.stringify(first.lastError)}`);
  } catch (error) {
    await stop();
    throw new Error(`${String(error)}\n--- pnpm start output ---\n${output.slice(-6000)}`);
  }

  return {
    cmsUrl,
    siteUrl,
    statusUrl,
    previewUrl,
    workDir,
    siteStatus,
    siteSettled,
    liveDir: () => path.join(workDir, 'sites', 'live', 'client'),
    log: () => output,
    stop,
  };
}

/** Reads a text file of the live build, by URL path. */
export function readLive(product: RunningProduct, urlPath: string): string {
  return readFileSync(
    path.join(product.liveDir(), urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath),
    'utf8',
  );
}
