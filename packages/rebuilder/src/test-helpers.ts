// Shared by the tests: a real service on a free port, building with the fake build script.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config';
import { newBuildId, siteFilesOf, SitesFolder } from './deploy';
import { createRebuilder, type Rebuilder } from './server';
import type { RebuilderStatus } from './status';

export const SECRET = 'test-secret-0123456789';
export const FAKE_BUILD = fileURLToPath(new URL('../test-fixtures/fake-site-build.mjs', import.meta.url));

export interface FakeBuildSettings {
  version?: number;
  pages?: number;
  delayMs?: number;
  fail?: 'exit' | 'kill' | 'hang' | 'empty' | 'no-index' | null;
  pidFile?: string;
  /** The build writes its files, creates `<holdUntil>.held`, and waits for this file to exist before it ends. */
  holdUntil?: string;
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Runs `main.ts` as `pnpm start` does (through tsx), collecting its output; as `user`
 * when given (only root may switch, and Node then drops root's supplementary groups too).
 */
export function runMain(env: Record<string, string>, user?: { uid: number; gid: number }) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: packageDir,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', STATUS_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...user,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

export const tempDir = () => mkdtempSync(path.join(tmpdir(), 'rebuilder-test-'));

/**
 * True while the process runs. Signal 0 finds any process that exists, but a killed
 * orphan stays a zombie until the machine's first process reaps it, which some
 * containers' init does only every few seconds; `ps` (Linux and macOS) tells the two apart.
 */
export const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const state = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
  return state !== '' && !state.startsWith('Z');
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The build command for the fake build, steered by a control file the test rewrites. */
export function fakeBuildCommand(controlFile: string): string {
  return `FAKE_BUILD_CONTROL='${controlFile}' '${process.execPath}' '${FAKE_BUILD}'`;
}

/** Puts a build made of `files` live under `dir`/sites, as a real build would; returns its site files folder. */
export async function liveBuildWith(dir: string, files: Record<string, string | Buffer>): Promise<string> {
  const sites = new SitesFolder(path.join(dir, 'sites'));
  await sites.prepare(3);
  const buildId = newBuildId();
  const root = siteFilesOf(sites.buildDir(buildId));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  await sites.goLive({
    buildId,
    builtAt: new Date().toISOString(),
    pages: Object.keys(files).filter((name) => name.endsWith('.html')).length,
    builtFrom: { cmsUrl: null, trigger: { events: 0, lastEvent: null } },
  });
  return root;
}

export interface TestService {
  rebuilder: Rebuilder;
  /** The live site. */
  url: string;
  /** The status port: the webhook and /status. */
  statusUrl: string;
  dir: string;
  sitesDir: string;
  logs: string[];
  setBuild(settings: FakeBuildSettings): void;
  post(body: string, secret?: string): Promise<Response>;
  /** GET /status over HTTP. */
  fetchStatus(): Promise<RebuilderStatus>;
  /** Waits until nothing is building or due, then returns the status. */
  settled(): Promise<RebuilderStatus>;
  page(urlPath: string): Promise<string>;
  stop(): Promise<void>;
  /** Stops and removes the temporary folder. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  build?: FakeBuildSettings;
  env?: Record<string, string>;
  /** Reuse a folder (to test a restart); a new temporary one otherwise. */
  dir?: string;
  /** Hears each line the service logs, after it is kept in `logs`. */
  onLog?: (line: string) => void;
}

export async function startService(options: ServiceOptions = {}): Promise<TestService> {
  const dir = options.dir ?? tempDir();
  const sitesDir = path.join(dir, 'sites');
  const control = path.join(dir, 'build-control.json');
  const setBuild = (settings: FakeBuildSettings) => writeFileSync(control, JSON.stringify(settings));
  setBuild(options.build ?? {});
  const logs: string[] = [];
  const rebuilder = createRebuilder(
    loadConfig({
      REBUILD_WEBHOOK_SECRET: SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      STATUS_PORT: '0',
      SITES_DIR: sitesDir,
      REBUILD_COMMAND: fakeBuildCommand(control),
      REBUILD_QUIET_MS: '50',
      ...options.env,
    }),
    {
      log: (line) => {
        logs.push(line);
        options.onLog?.(line);
      },
    },
  );
  const { port, statusPort } = await rebuilder.start();
  const url = `http://127.0.0.1:${port}`;
  const statusUrl = `http://127.0.0.1:${statusPort}`;
  const stop = () => rebuilder.stop();
  return {
    rebuilder,
    url,
    statusUrl,
    dir,
    sitesDir,
    logs,
    setBuild,
    post: (body, secret = SECRET) =>
      fetch(`${statusUrl}/webhook`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body,
      }),
    fetchStatus: async () => (await (await fetch(`${statusUrl}/status`)).json()) as RebuilderStatus,
    settled: async () => {
      await rebuilder.whenIdle();
      return rebuilder.status();
    },
    page: async (urlPath) => (await fetch(`${url}${urlPath}`)).text(),
    stop,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
